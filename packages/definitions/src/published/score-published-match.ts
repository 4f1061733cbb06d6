// How strongly a published connector matches the maker's connector, and why: pure, so the hub (which finds the
// candidates and the title similarity with pg_trgm) and the CLI (which has only the index file) score alike.
import type { THostFacts } from "./describe-host.ts";

export type TMatchReasonCode = "SAME_HOST" | "SAME_DOMAIN" | "SIMILAR_TITLE" | "SHARED_OPERATIONS" | "SAME_PUBLISHER";

export interface TMatchReason {
  code: TMatchReasonCode;
  message: string;
}

export interface TMatchFacts {
  mine: { host: THostFacts; operationCount: number; publisher?: string | null };
  theirs: { title: string; host: THostFacts; operationCount: number; publisher?: string | null };
  /** pg_trgm similarity of the two titles, 0 to 1. */
  titleSimilarity: number;
  /** Distinct operations (method + path, parameter names ignored) the two have in common. */
  sharedOperations: number;
}

export interface TMatchScore {
  /** 0 to 100. */
  score: number;
  reasons: TMatchReason[];
}

/** Below this, a title alone is no match (pg_trgm's own default threshold is 0.3; 0.45 keeps "HubSpot CMS" off "HubSpot CRM" searches... mostly). */
export const TITLE_ALONE_THRESHOLD = 0.45;
/** A title this similar adds to a match found by host, domain or operations. */
export const TITLE_SUPPORT_THRESHOLD = 0.3;

const WEIGHT = { host: 40, domain: 28, title: 25, mineCovered: 25, theirsCovered: 10, publisher: 5 };

/** Whether shared operations alone say it is the same API: two or more, and a fifth of the maker's (or five). */
export function isOperationOverlap(shared: number, mine: number): boolean {
  return shared >= 2 && (shared / Math.max(mine, 1) >= 0.2 || shared >= 5);
}

const percent = (n: number) => `${Math.round(n * 100)}%`;

/** Scores one candidate; null when nothing says it is the same API. */
export function scorePublishedMatch(facts: TMatchFacts): TMatchScore | null {
  const { mine, theirs } = facts;
  const reasons: TMatchReason[] = [];
  let score = 0;
  const bothReal = mine.host.placeholder === "none" && theirs.host.placeholder === "none";
  if (bothReal && mine.host.host === theirs.host.host) {
    score += WEIGHT.host;
    reasons.push({ code: "SAME_HOST", message: `Same host: ${theirs.host.host}.` });
  } else if (mine.host.placeholder !== "whole" && theirs.host.placeholder !== "whole" && mine.host.domain && mine.host.domain === theirs.host.domain) {
    score += WEIGHT.domain;
    reasons.push({ code: "SAME_DOMAIN", message: `Same domain: ${mine.host.domain} (yours ${mine.host.host}, theirs ${theirs.host.host}).` });
  }
  const hasHostReason = reasons.length > 0;
  const hasOverlap = isOperationOverlap(facts.sharedOperations, mine.operationCount);
  const isTitleMatch = facts.titleSimilarity >= TITLE_ALONE_THRESHOLD || ((hasHostReason || hasOverlap) && facts.titleSimilarity >= TITLE_SUPPORT_THRESHOLD);
  if (isTitleMatch) {
    score += WEIGHT.title * Math.min(1, facts.titleSimilarity);
    reasons.push({ code: "SIMILAR_TITLE", message: `Title ${percent(facts.titleSimilarity)} similar to "${theirs.title}".` });
  }
  if (facts.sharedOperations > 0 && (hasOverlap || reasons.length > 0)) {
    score += WEIGHT.mineCovered * (facts.sharedOperations / Math.max(mine.operationCount, 1));
    score += WEIGHT.theirsCovered * (facts.sharedOperations / Math.max(theirs.operationCount, 1));
    reasons.push({
      code: "SHARED_OPERATIONS",
      message: `${facts.sharedOperations} of your ${mine.operationCount} operation${mine.operationCount === 1 ? "" : "s"} (method and path) ${facts.sharedOperations === 1 ? "is" : "are"} in it, of its ${theirs.operationCount}.`,
    });
  }
  if (reasons.length === 0) return null;
  // The same publisher only ranks what matched already (two folders of one API: the maker's own first).
  const publisher = mine.publisher?.trim().toLowerCase();
  if (publisher && publisher === theirs.publisher?.trim().toLowerCase()) {
    score += WEIGHT.publisher;
    reasons.push({ code: "SAME_PUBLISHER", message: `Same publisher: ${theirs.publisher}.` });
  }
  return { score: Math.round(Math.min(100, score) * 10) / 10, reasons };
}
