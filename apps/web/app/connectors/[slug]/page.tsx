import { getConnectorBySlug, listOperations } from "@connector-hub/db";
import { notFound } from "next/navigation";
import { AUTH_LABELS, HOSTING_LABELS, label, LIFECYCLE_LABELS, SCOPE_LABELS } from "@/components/labels.ts";
import { db } from "@/server/db.ts";
import { catalogViewer, getViewer } from "@/server/auth/viewer.ts";

export const dynamic = "force-dynamic";

export default async function ConnectorPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const connector = await getConnectorBySlug(db(), slug);
  const viewer = catalogViewer(await getViewer());
  // Until sign-in lands, only what the whole organization may read is shown; anything else is "not found".
  if (!connector || (!viewer.isAdmin && connector.scope !== "ORGANIZATION" && connector.scope !== "PUBLIC")) notFound();
  const current = connector.versions[0];
  const operations = current ? await listOperations(db(), current.id) : [];
  const facts: [string, string][] = [
    ["Host", `${connector.host}${connector.basePath}`],
    ["Authentication", `${label(AUTH_LABELS, connector.authType)}${connector.identityProvider ? ` (${connector.identityProvider})` : ""}`],
    ["Hosting", `${label(HOSTING_LABELS, connector.hosting)}${connector.gatewayName ? ` · ${connector.gatewayName}` : ""}`],
    ["Sharing scope", label(SCOPE_LABELS, connector.scope)],
    ["Lifecycle", label(LIFECYCLE_LABELS, connector.lifecycle)],
    ["Owner", `${connector.owner.displayName}${connector.owner.isActive ? "" : " (left the organization)"}`],
    ["Environment", connector.environment.displayName],
    ["Versions", String(connector.versions.length)],
  ];
  return (
    <article className="space-y-8">
      <header className="flex items-start gap-4">
        <span aria-hidden className="inline-block h-12 w-12 rounded" style={{ backgroundColor: connector.brandColor }} />
        <div>
          <h1 className="text-2xl font-semibold">{connector.title}</h1>
          <p className="text-slate-600">{connector.publisher}</p>
        </div>
      </header>
      <p className="max-w-3xl text-slate-800">{connector.description}</p>
      <dl className="grid max-w-3xl grid-cols-[160px_1fr] gap-x-6 gap-y-2 text-sm">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-slate-500">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <section>
        <h2 className="mb-3 text-lg font-semibold">Actions and triggers</h2>
        <table className="w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b text-left text-slate-500">
              <th className="py-2 pr-4">Operation</th>
              <th className="py-2 pr-4">Kind</th>
              <th className="py-2 pr-4">Request</th>
              <th className="py-2 pr-4">Parameters</th>
            </tr>
          </thead>
          <tbody>
            {operations.map((op) => (
              <tr key={op.id} className="border-b align-top">
                <td className="py-2 pr-4">
                  <div className="font-medium">{op.summary || op.operationId}</div>
                  <code className="text-xs text-slate-500">{op.operationId}</code>
                  {op.deprecated ? <span className="ml-2 text-xs text-amber-700">deprecated</span> : null}
                </td>
                <td className="py-2 pr-4">
                  {op.kind === "TRIGGER" ? `Trigger (${op.triggerKind?.toLowerCase()}, ${op.triggerCardinality?.toLowerCase()})` : "Action"}
                </td>
                <td className="py-2 pr-4 font-mono text-xs">{op.method} {op.path}</td>
                <td className="py-2 pr-4 text-xs">
                  {(op.parameters as { name: string; in: string; required: boolean; visibility: string | null }[])
                    .map((p) => `${p.name} (${p.in}${p.required ? ", required" : ""}${p.visibility ? `, ${p.visibility}` : ""})`)
                    .join("; ") || "none"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}
