import {
  findToolsAddedSinceApproval,
  getConnectorBySlug,
  getConnectorDlpGroup,
  getConnectorVersion,
  getPublishedDuplicateNote,
  listCertificationEvents,
  findMcpTestConnection,
  listMcpDiscoveries,
  listOperations,
  readConnectorUsage,
  readinessOf,
} from "@connector-hub/db";
import { findMcpOperations, isMcpConnector, type TJsonObject } from "@connector-hub/definitions";
import { canEditConnector, canReadConnector, pickReaderVersion } from "@connector-hub/governance";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CertificationSection } from "@/components/certification/certification-section.tsx";
import { FindingsTable } from "@/components/catalog/findings-table.tsx";
import { McpToolsSection } from "@/components/mcp/mcp-tools-section.tsx";
import { OperationsTable } from "@/components/catalog/operations-table.tsx";
import { UploadVersionForm } from "@/components/catalog/upload-version-form.tsx";
import { VersionHistory } from "@/components/catalog/version-history.tsx";
import { ConnectorIcon } from "@/components/connector-icon.tsx";
import { DlpGroupBadge } from "@/components/dlp/dlp-group-badge.tsx";
import { UsedBy } from "@/components/inventory/used-by.tsx";
import { RevokeShareButton } from "@/components/sharing/revoke-share-button.tsx";
import { AUTH_LABELS, HOSTING_LABELS, label, LIFECYCLE_LABELS, SCOPE_LABELS } from "@/components/labels.ts";
import { getViewer } from "@/server/auth/viewer.ts";
import { db } from "@/server/db.ts";

export const dynamic = "force-dynamic";

/** The browser tab names the connector, for those who may read it; others get the same title as a missing page. */
export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { slug } = await params;
  const [connector, viewer] = await Promise.all([getConnectorBySlug(db(), slug), getViewer()]);
  if (!connector) return { title: "Connector not found" };
  // The one read rule, as for the page itself: a title is not shown to who may not read the connector.
  return { title: canReadConnector(connector, viewer).allowed ? connector.title : "Connector not found" };
}

export default async function ConnectorPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [connector, viewer] = await Promise.all([getConnectorBySlug(db(), slug), getViewer()]);
  if (!connector) notFound();
  const user = viewer ? { id: viewer.userId, roles: viewer.roles, groupIds: viewer.groupIds } : null;
  // The one read rule (anonymous visitors: PUBLIC only). Unreadable = not found.
  if (!canReadConnector(connector, viewer).allowed) notFound();
  const canEdit = user ? canEditConnector({ connector, user }).allowed : false;
  // People it is shared with get the approved version; its editors work on the newest (governance decides which).
  const sharedNumber = connector.sharedVersion?.number ?? null;
  const latestNumber = connector.versions[0]?.number ?? 1;
  const shownNumber = pickReaderVersion({ canEdit, latestNumber, sharedNumber });
  const shownVersion = connector.versions.find((v) => v.number === shownNumber);
  const versions = connector.versions.filter((v) => v.number <= shownNumber);
  const [current, operations, dlpGroup, publishedNote, usage] = await Promise.all([
    getConnectorVersion(db(), { slug, number: shownNumber }),
    shownVersion ? listOperations(db(), shownVersion.id) : Promise.resolve([]),
    getConnectorDlpGroup(db(), slug),
    getPublishedDuplicateNote(db(), connector.id),
    // Who uses it names people and their flows: its editors and administrators only (#20).
    canEdit ? readConnectorUsage(db(), { slug, viewer }) : Promise.resolve(null),
  ]);
  const definition = (current?.version.definition ?? {}) as TJsonObject;
  const isMcp = isMcpConnector(definition);
  const mcpEndpoint = isMcp ? (findMcpOperations(definition)[0]?.endpoint ?? null) : null;
  const discoveries = mcpEndpoint ? await listMcpDiscoveries(db(), { connectorId: connector.id, take: 10 }) : [];
  const readiness = discoveries[0] ? readinessOf(discoveries[0]) : [];
  const addedSince = mcpEndpoint && canEdit ? await findToolsAddedSinceApproval(db(), connector.id) : null;
  // The saved test connection is its editors' (the field names and date only; the values never leave the server).
  const savedRow =
    mcpEndpoint && canEdit && viewer && (viewer.isMaker || viewer.isAdmin) ? await findMcpTestConnection(db(), { connectorId: connector.id }) : undefined;
  const savedConnection =
    savedRow === undefined
      ? undefined
      : savedRow && {
          fields: savedRow.fields,
          savedOn: savedRow.savedAt.toISOString().slice(0, 10),
          savedBy: savedRow.savedBy,
          lastScheduledError: savedRow.lastScheduledError,
        };
  // Certification (#21): the timeline names who recorded each state, so signed-in readers only; editors record.
  const certification = viewer ? await listCertificationEvents(db(), { connectorId: connector.id }) : null;
  // The shown version's own host and sign-in (the connector row follows the newest upload, which readers may not have yet).
  const shown = current && shownNumber !== latestNumber ? current.version.facts : connector;
  const authType = connector.authType === "WINDOWS" ? connector.authType : shown.authType;
  const facts: [string, string][] = [
    ["Host", `${shown.host}${shown.basePath}`],
    ["Authentication", `${label(AUTH_LABELS, authType)}${shown.identityProvider ? ` (${shown.identityProvider})` : ""}`],
    [
      "Hosting",
      `${label(HOSTING_LABELS, connector.hosting)}${connector.hosting === "ON_PREMISES" ? ` · gateway required${connector.gatewayName ? `: ${connector.gatewayName}` : ""}` : ""}`,
    ],
    ["Sharing scope", label(SCOPE_LABELS, connector.scope)],
    ["Lifecycle", label(LIFECYCLE_LABELS, connector.lifecycle)],
    ["Owner", `${connector.owner.displayName}${connector.owner.isActive ? "" : " (left the organization)"}`],
    ["Environment", connector.environment.displayName],
    ["Versions", String(versions.length)],
    ...(sharedNumber !== null ? ([["Shared version", `Version ${sharedNumber}`]] as [string, string][]) : []),
    // Issue 23: published connectors matched at import, and why the maker built this one anyway.
    ...(publishedNote
      ? ([["Published alternatives", `${publishedNote.matches.map((m) => m.title).join(", ") || "none matched"}. Why a new one: ${publishedNote.reason}`]] as [
          string,
          string,
        ][])
      : []),
  ];
  return (
    <article className="space-y-8">
      <header className="flex flex-wrap items-start gap-4">
        <ConnectorIcon slug={slug} brandColor={connector.brandColor} hasIcon={connector.icon !== null} updatedAt={connector.updatedAt} size="page" />
        <div className="flex-1">
          <h1 className="text-2xl font-semibold">{connector.title}</h1>
          <p className="text-slate-600">
            {connector.publisher}
            {isMcp ? (
              <span className="ml-2 rounded bg-indigo-100 px-2 py-0.5 text-xs font-medium text-indigo-900" data-testid="kind-badge">
                MCP server
              </span>
            ) : null}
          </p>
          <DlpGroupBadge dlpGroup={dlpGroup} />
        </div>
        <nav aria-label="Downloads" className="flex flex-wrap gap-3 text-sm">
          <a href={`/api/v1/connectors/${slug}/definition`} className="rounded border border-slate-300 bg-white px-3 py-1.5">
            Download definition
          </a>
          <a href={`/api/v1/connectors/${slug}/definition?format=paconn`} className="rounded border border-slate-300 bg-white px-3 py-1.5">
            Download paconn zip
          </a>
          {canEdit ? (
            <a
              href={`/api/v1/connectors/${slug}/certification?format=zip`}
              className="rounded border border-slate-300 bg-white px-3 py-1.5"
              title="The folder of a pull request to microsoft/PowerPlatformConnectors; the findings and the reviewer's checklist are at ?format=json"
            >
              Certification package
            </a>
          ) : null}
        </nav>
        <a href={`/connectors/${slug}/test`} className="rounded bg-brand px-3 py-1.5 text-sm text-white hover:bg-brand-dark">
          Test
        </a>
        {canEdit ? (
          <a href={`/connectors/${slug}/share`} className="rounded border border-brand px-3 py-1.5 text-sm">
            Request sharing
          </a>
        ) : null}
      </header>
      {canEdit && sharedNumber !== null && latestNumber > sharedNumber ? (
        <p className="max-w-3xl rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="shared-version-notice">
          People this connector is shared with get version {sharedNumber}. Version {latestNumber} replaces it only after a sharing decision:{" "}
          <a href={`/connectors/${slug}/share`}>request sharing of version {latestNumber}</a>.
        </p>
      ) : null}
      <p className="max-w-3xl text-slate-800">{shown.description}</p>
      <dl className="grid max-w-3xl grid-cols-[minmax(0,160px)_minmax(0,1fr)] gap-x-6 gap-y-2 break-words text-sm">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-slate-500">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {canEdit ? (
        <section aria-labelledby="shared-with">
          <h2 id="shared-with" className="mb-3 text-lg font-semibold">
            Shared with
          </h2>
          {connector.shares.length === 0 ? (
            <p className="text-sm text-slate-600">Nobody yet: request sharing to make it available to others.</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {connector.shares.map((share) => {
                const who =
                  share.principalType === "ORGANIZATION" ? "Everyone in the organization" : (share.user?.displayName ?? share.group?.displayName ?? "Unknown");
                return (
                  <li key={share.id} className="flex flex-wrap items-center gap-3">
                    <span>
                      {who} · {share.permission === "CAN_EDIT" ? "Can edit" : "Can view"}
                    </span>
                    <RevokeShareButton shareId={share.id} label={who} />
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ) : null}
      {mcpEndpoint ? (
        <McpToolsSection
          slug={slug}
          endpoint={mcpEndpoint}
          canDiscover={viewer !== null && (canEdit || connector.isSample) && (viewer.isMaker || viewer.isAdmin)}
          needsKey={shown.authType !== "NONE"}
          // A connector without sign-in needs none (one saved earlier stays shown, so it can be removed).
          savedConnection={shown.authType !== "NONE" || savedConnection ? savedConnection : undefined}
          discoveries={discoveries}
          readiness={readiness}
          addedSince={addedSince}
        />
      ) : null}
      <section>
        <h2 className="mb-3 text-lg font-semibold">Actions and triggers</h2>
        <OperationsTable operations={operations} />
      </section>
      {usage ? (
        <section aria-labelledby="used-by">
          <h2 id="used-by" className="mb-3 text-lg font-semibold">
            Used by
          </h2>
          <UsedBy usage={usage} />
        </section>
      ) : null}
      {certification && (canEdit || certification.events.length > 0) ? (
        <CertificationSection slug={slug} history={certification} canRecord={canEdit && viewer !== null && (viewer.isMaker || viewer.isAdmin)} />
      ) : null}
      <section>
        <h2 className="mb-3 text-lg font-semibold">
          Validation findings
          {current ? ` (version ${current.version.number}: ${current.version.errorCount} errors, ${current.version.warningCount} warnings)` : ""}
        </h2>
        {current ? <FindingsTable findings={current.version.findings} sourceText={current.version.sourceText} /> : null}
      </section>
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Versions</h2>
        {canEdit ? <UploadVersionForm slug={slug} /> : null}
        <VersionHistory slug={slug} versions={versions} />
      </section>
    </article>
  );
}
