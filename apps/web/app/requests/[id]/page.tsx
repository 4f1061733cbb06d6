import { AppError, findDiscoveryAt, findToolsAddedSinceApproval, getConnectorVersion, getSharingRequest, readinessOf } from "@connector-hub/db";
import { isMcpConnector, type TJsonObject } from "@connector-hub/definitions";
import { availableSharingActions } from "@connector-hub/governance";
import Link from "next/link";
import { notFound } from "next/navigation";
import { McpRequestTools } from "@/components/mcp/mcp-request-tools.tsx";
import { GatesList } from "@/components/sharing/gates-list.tsx";
import { RequestActions, type ActionChoice } from "@/components/sharing/request-actions.tsx";
import { RiskExplanation } from "@/components/sharing/risk-explanation.tsx";
import { sharingActorOf } from "@/server/sharing-actor.ts";
import { ResubmitForm } from "@/components/sharing/resubmit-form.tsx";
import { ACTION_LABELS, COMPARISON_TITLES, STAGE_LABELS, STAGE_TONES, SUPPORT_DETAIL_LABELS, TARGET_PHRASES } from "@/components/sharing/sharing-labels.ts";
import { VersionComparisons } from "@/components/sharing/version-comparisons.tsx";
import { SignedOutNotice } from "@/components/sharing/signed-out-notice.tsx";
import { getViewer } from "@/server/auth/viewer.ts";
import { db } from "@/server/db.ts";

export const dynamic = "force-dynamic";
export const metadata = { title: "Sharing request" };

export default async function RequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await getViewer();
  if (!viewer) return <SignedOutNotice returnTo={`/requests/${id}`} what="this sharing request" />;
  let request: Awaited<ReturnType<typeof getSharingRequest>>;
  try {
    request = await getSharingRequest(db(), id, sharingActorOf(viewer));
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
  // Governance decides which actions this person may take; the resubmission itself is the maker's form below.
  const offered = availableSharingActions({
    request: { stage: request.stage, requesterId: request.requesterId, version: request.version },
    actor: sharingActorOf(viewer),
  });
  const choices: ActionChoice[] = offered
    .filter((a) => a.action !== "resubmit")
    .map((a) => ({
      action: a.action,
      label: ACTION_LABELS[a.action] ?? a.action,
      needsNote: a.noteRequired,
      tone: a.isForward ? "primary" : a.action === "reject" ? "danger" : "plain",
    }));
  const details = request.supportDetails as Record<string, string>;
  // An MCP connector's tools come from its server: the reviewer decides on the list discovered now, and the decision
  // stays pinned to the list of its time (a tool added later is flagged for a new review).
  const requested = await getConnectorVersion(db(), { slug: request.connector.slug, number: request.versionNumber });
  const isMcp = requested ? isMcpConnector(requested.version.definition as TJsonObject) : false;
  const isDecided = request.decidedAt !== null && request.stage === "APPROVED";
  const toolList = isMcp ? await findDiscoveryAt(db(), { connectorId: request.connector.id, at: (isDecided ? request.decidedAt : null) ?? new Date() }) : null;
  const addedSince = isMcp && isDecided ? await findToolsAddedSinceApproval(db(), request.connector.id) : null;
  // A maker's request starts without a note; one the hub reopened (recordMcpDiscovery) says which tools brought it back.
  const opening = request.steps[0]?.fromStage === null ? (request.steps[0].note ?? null) : null;
  const canResubmit = offered.some((a) => a.action === "resubmit");
  const isReviewing = offered.some((a) => a.noteRequired);
  return (
    <article className="space-y-8">
      <header className="space-y-1">
        <p className="text-sm text-slate-500">
          <Link href="/requests">Sharing requests</Link> / {request.connector.title}
        </p>
        <h1 className="text-2xl font-semibold">
          Share {request.connector.title} with {TARGET_PHRASES[request.targetScope] ?? request.targetScope.toLowerCase()}
        </h1>
        <p className="text-sm text-slate-600">
          <span data-testid="request-version">Version {request.versionNumber}</span>
          {request.sharedVersionNumber !== null ? ` · people get version ${request.sharedVersionNumber} now` : ""} · requested by{" "}
          {request.requester.displayName} on {request.createdAt.toISOString().slice(0, 10)} ·{" "}
          <span data-testid="request-stage" className={`rounded px-2 py-0.5 ${STAGE_TONES[request.stage] ?? "bg-sky-100 text-sky-800"}`}>
            {STAGE_LABELS[request.stage] ?? request.stage}
          </span>
        </p>
        {opening ? (
          <p className="rounded border border-sky-300 bg-sky-50 p-3" data-testid="reopened-note">
            {opening}
          </p>
        ) : null}
        {request.changesRequestedNote ? (
          <div className="rounded border border-amber-300 bg-amber-50 p-3" data-testid="changes-requested-note">
            <p className="font-medium">
              {request.changesRequestedNote.actor.displayName} asked for changes on {request.changesRequestedNote.createdAt.toISOString().slice(0, 10)}:
            </p>
            <p>{request.changesRequestedNote.note}</p>
          </div>
        ) : null}
        {request.decisionNote ? (
          <p className="rounded border border-slate-200 bg-white p-3" data-testid="decision-note">
            <span className="font-medium">Decision note from {request.decidedBy?.displayName ?? "the reviewer"}:</span> {request.decisionNote}
          </p>
        ) : null}
      </header>
      {request.comparisons.length > 0 ? (
        <VersionComparisons
          comparisons={request.comparisons.map((c) => ({
            ...c,
            title: COMPARISON_TITLES[c.reason]?.(c.fromNumber, c.toNumber) ?? `Version ${c.toNumber} against version ${c.fromNumber}`,
          }))}
        />
      ) : null}
      {canResubmit ? (
        <ResubmitForm
          requestId={request.id}
          version={request.version}
          supportDetails={details}
          secretHandling={request.secretHandling}
          needsSecretHandling={request.connector.authType === "API_KEY" || request.connector.authType === "OAUTH2"}
          versionNumber={request.versionNumber}
          versionChoices={Array.from({ length: request.latestVersionNumber - request.versionNumber + 1 }, (_, i) => request.versionNumber + i)}
        />
      ) : null}
      {isMcp ? (
        <McpRequestTools
          isDecided={isDecided}
          discovery={toolList}
          readiness={toolList ? readinessOf(toolList) : []}
          addedSince={addedSince?.requestId === request.id ? addedSince : null}
        />
      ) : null}
      <RequestActions requestId={request.id} version={request.version} choices={choices} withNote={isReviewing} />
      {request.isRequester && viewer.isAdmin && request.stage !== "CHANGES_REQUESTED" && offered.some((a) => a.action === "withdraw") ? (
        <p className="text-sm text-amber-700">You made this request, so another administrator must review it.</p>
      ) : null}
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Gates</h2>
        <GatesList gates={request.evaluation.gates} />
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Risk</h2>
        <RiskExplanation risk={request.evaluation.risk} />
      </section>
      {request.targets.length > 0 ? (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">Targets</h2>
          <ul className="text-sm">
            {request.targets.map((t) => (
              <li key={`${t.type}-${t.id}`}>
                {t.displayName} ({t.type === "GROUP" ? "group" : "user"}) · {t.permission === "CAN_EDIT" ? "Can edit" : "Can view"}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Support details</h2>
        <dl className="grid max-w-3xl grid-cols-[200px_1fr] gap-x-6 gap-y-2 text-sm">
          {SUPPORT_DETAIL_LABELS.map(([key, text]) => (
            <div key={key} className="contents">
              <dt className="text-slate-500">{text}</dt>
              <dd>{details[key] || <span className="text-slate-500">not given</span>}</dd>
            </div>
          ))}
          <dt className="text-slate-500">Data sensitivity</dt>
          <dd>{request.dataSensitivity.replace(/_/g, " ").toLowerCase()}</dd>
          <dt className="text-slate-500">Secret handling</dt>
          <dd>{request.secretHandling || <span className="text-slate-500">not given</span>}</dd>
          <dt className="text-slate-500">Risk accepted</dt>
          <dd>{request.riskAccepted ? "Yes" : "No"}</dd>
        </dl>
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Steps</h2>
        <ol className="space-y-1 text-sm" aria-label="Review steps">
          {request.steps.map((s) => (
            <li key={s.id} data-testid="review-step">
              <span className="font-medium">{STAGE_LABELS[s.toStage] ?? s.toStage}</span>
              {s.versionNumber !== null ? ` (version ${s.versionNumber})` : ""} by <span title={s.actor.upn}>{s.actor.displayName}</span> at{" "}
              <time dateTime={s.createdAt.toISOString()}>{s.createdAt.toISOString().replace("T", " ").slice(0, 16)} UTC</time>
              {s.note ? <span className="text-slate-700">: “{s.note}”</span> : null}
            </li>
          ))}
        </ol>
      </section>
      {request.shares.length > 0 ? (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">Shares granted</h2>
          <ul className="text-sm">
            {request.shares.map((s) => (
              <li key={s.id}>
                {s.principalType === "ORGANIZATION" ? "The whole organization" : (s.user?.displayName ?? s.group?.displayName)} ·{" "}
                {s.permission === "CAN_EDIT" ? "Can edit" : "Can view"}
                {s.revokedAt ? ` · revoked ${s.revokedAt.toISOString().slice(0, 10)}` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
