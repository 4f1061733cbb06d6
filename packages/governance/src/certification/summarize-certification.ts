import type { CertificationState } from "./check-certification-step.ts";

export interface CertificationEventFact {
  connectorId: string;
  state: CertificationState;
  effectiveAt: Date;
}

export interface CertificationSummary {
  /** Connectors whose newest state is submitted, in review or changes requested. */
  inProgress: number;
  /** Connectors whose certification was merged. */
  merged: number;
  /** Median whole days from the first "submitted" of the attempt that merged to "merged" (null: none merged). */
  medianDaysToMerge: number | null;
  /** Median days a connector spent in review (each "in review" until the next state), over finished review spells. */
  medianDaysInReview: number | null;
  reviewSpells: number;
}

const DAY = 86_400_000;
const median = (xs: number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const value = s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return Math.round(value * 10) / 10;
};

/** The dashboard's certification figures from every connector's events. Pure. */
export function summarizeCertification(events: readonly CertificationEventFact[]): CertificationSummary {
  const byConnector = new Map<string, CertificationEventFact[]>();
  for (const e of events) byConnector.set(e.connectorId, [...(byConnector.get(e.connectorId) ?? []), e]);
  let inProgress = 0;
  const toMerge: number[] = [];
  const inReview: number[] = [];
  for (const list of byConnector.values()) {
    list.sort((a, b) => a.effectiveAt.getTime() - b.effectiveAt.getTime());
    let attemptStart: Date | null = null;
    list.forEach((e, i) => {
      if (e.state === "SUBMITTED" && attemptStart === null) attemptStart = e.effectiveAt;
      if (e.state === "IN_REVIEW") {
        const next = list[i + 1];
        if (next) inReview.push((next.effectiveAt.getTime() - e.effectiveAt.getTime()) / DAY);
      }
      if (e.state === "MERGED" && attemptStart) toMerge.push((e.effectiveAt.getTime() - (attemptStart as Date).getTime()) / DAY);
      if (e.state === "WITHDRAWN" || e.state === "REJECTED") attemptStart = null;
    });
    const last = list.at(-1)?.state;
    if (last === "SUBMITTED" || last === "IN_REVIEW" || last === "CHANGES_REQUESTED") inProgress += 1;
  }
  return {
    inProgress,
    merged: toMerge.length,
    medianDaysToMerge: median(toMerge),
    medianDaysInReview: median(inReview),
    reviewSpells: inReview.length,
  };
}
