import type { CertificationHistory } from "@connector-hub/db";
import { CERTIFICATION_STATE_WORDS, type CertificationState } from "@connector-hub/governance";
import { RecordCertificationForm } from "./record-certification-form.tsx";

const DAY = 86_400_000;
const day = (d: Date) => d.toISOString().slice(0, 10);
/** Calendar days (UTC) from one day to another, as a person counts them: 27 November to 2 December is 5. */
const daysBetween = (from: Date, to: Date) => Math.round((Date.parse(day(to)) - Date.parse(day(from))) / DAY);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const TONE: Record<CertificationState, string> = {
  SUBMITTED: "bg-sky-100 text-sky-900",
  IN_REVIEW: "bg-amber-100 text-amber-900",
  CHANGES_REQUESTED: "bg-orange-100 text-orange-900",
  MERGED: "bg-green-100 text-green-900",
  WITHDRAWN: "bg-slate-200 text-slate-800",
  REJECTED: "bg-red-100 text-red-900",
};

/**
 * Issue #21: the connector's certification in microsoft/PowerPlatformConnectors as its people recorded it, one row a
 * state with its day and how long the connector stayed in it, and (for its editors) the form for the next state.
 */
export function CertificationSection({
  slug,
  history,
  canRecord,
  now = new Date(),
}: {
  slug: string;
  history: CertificationHistory;
  canRecord: boolean;
  now?: Date;
}) {
  const { events, current } = history;
  const pullRequest = events.findLast((e) => e.pullRequestUrl)?.pullRequestUrl ?? null;
  const first = events.find((e) => e.state === "SUBMITTED");
  const total = first ? daysBetween(first.effectiveAt, current === "MERGED" ? events.at(-1)!.effectiveAt : now) : null;
  return (
    <section aria-labelledby="certification" className="space-y-3" data-testid="certification">
      <h2 id="certification" className="text-lg font-semibold">
        Certification
      </h2>
      {current === null ? (
        <p className="text-sm text-slate-600">
          Not submitted to Microsoft. Download the certification package above, open a pull request to microsoft/PowerPlatformConnectors, then record it here so
          the dashboard can show how long certification takes.
        </p>
      ) : (
        <p className="text-sm">
          <span className={`rounded px-2 py-0.5 text-xs font-medium ${TONE[current]}`} data-testid="certification-state">
            {capital(CERTIFICATION_STATE_WORDS[current])}
          </span>
          {total !== null ? (
            <span className="ml-2 text-slate-700">
              {current === "MERGED"
                ? `Merged ${total} ${total === 1 ? "day" : "days"} after the first submission.`
                : `${total} ${total === 1 ? "day" : "days"} since first submitted.`}
            </span>
          ) : null}
          {pullRequest ? (
            <a className="ml-2 text-blue-700 underline" href={pullRequest}>
              Pull request #{pullRequest.split("/").at(-1)}
            </a>
          ) : null}
        </p>
      )}
      {events.length > 0 ? (
        <div className="max-w-full overflow-x-auto">
          <table className="min-w-[36rem] text-left text-sm">
            <caption className="sr-only">Certification states, oldest first</caption>
            <thead className="text-slate-500">
              <tr>
                <th scope="col" className="py-1 pr-4 font-medium">
                  Date
                </th>
                <th scope="col" className="py-1 pr-4 font-medium">
                  State
                </th>
                <th scope="col" className="py-1 pr-4 font-medium">
                  For
                </th>
                <th scope="col" className="py-1 pr-4 font-medium">
                  Recorded by
                </th>
                <th scope="col" className="py-1 font-medium">
                  Note
                </th>
              </tr>
            </thead>
            <tbody>
              {events.map((e, i) => {
                const until = events[i + 1]?.effectiveAt ?? (e.state === "MERGED" || e.state === "WITHDRAWN" || e.state === "REJECTED" ? null : now);
                const days = until ? daysBetween(e.effectiveAt, until) : null;
                return (
                  <tr key={e.id} className="border-t border-slate-200 align-top">
                    <td className="py-1 pr-4 tabular-nums">{day(e.effectiveAt)}</td>
                    <td className="py-1 pr-4">{capital(CERTIFICATION_STATE_WORDS[e.state])}</td>
                    <td className="py-1 pr-4 tabular-nums">
                      {days === null ? "" : `${days} ${days === 1 ? "day" : "days"}${i === events.length - 1 ? " so far" : ""}`}
                    </td>
                    <td className="py-1 pr-4">{e.recordedBy ?? "someone since removed"}</td>
                    <td className="py-1 break-words">{e.note ?? ""}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {canRecord && history.next.length > 0 ? (
        <RecordCertificationForm
          slug={slug}
          next={history.next.map((s) => [s, capital(CERTIFICATION_STATE_WORDS[s])] as const)}
          today={day(now)}
          hasPullRequest={pullRequest !== null && current !== "WITHDRAWN" && current !== "REJECTED"}
        />
      ) : null}
      {canRecord && current === "MERGED" ? <p className="text-sm text-slate-600">Merged is final: the connector is certified.</p> : null}
    </section>
  );
}
