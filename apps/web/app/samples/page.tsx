import { listSampleConnectors } from "@connector-hub/db";
import type { Metadata } from "next";
import Link from "next/link";
import { AUTH_LABELS, label } from "@/components/labels.ts";
import { SampleCredentials } from "@/components/samples/sample-credentials.tsx";
import { SAMPLE_VARIANT_NOTES } from "@/components/samples/demo-credentials.ts";
import { db } from "@/server/db.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Samples" };

// "/api-key/v1" -> "/api-key": where the sample API serves this variant's documents.
function variantRoot(basePath: string): string {
  return basePath.replace(/\/v1\/?$/, "");
}

export default async function SamplesPage() {
  const samples = await listSampleConnectors(db());
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-2xl font-semibold">Samples</h1>
        <p className="text-slate-700">
          A small, real inventory API (products, stock levels, orders) that runs beside the hub, and one sample connector for each way of signing in. Each has
          actions, a webhook trigger (the API calls the flow back when an order is created or stock runs low) and a polling trigger (the platform asks for new
          orders until there are some). Open one, read its definition, and try its actions from the Test tab with the demo credentials below.
        </p>
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          The sample API runs on this machine, so in certification mode the validator reports <code>HostNotProduction</code> for these connectors. That is
          expected for samples: a connector you publish needs a public production host.
        </p>
      </header>
      {samples.length === 0 ? (
        <p className="text-slate-600">
          No sample connectors are registered. Start the hub with <code>npm start</code>: it starts the sample API and registers them.
        </p>
      ) : (
        <ul className="grid gap-6 lg:grid-cols-3">
          {samples.map((sample) => {
            const apiRoot = `${sample.scheme}://${sample.host}`;
            // The MCP sample's documents sit beside its endpoint (/mcp/swagger.json); the REST variants' beside their base path.
            const isMcp = sample.operations.some((o) => o.operationId === "InvokeMCP");
            const documents = isMcp ? `${apiRoot}/mcp` : `${apiRoot}${variantRoot(sample.basePath)}`;
            const actions = sample.operations.filter((o) => o.kind === "ACTION");
            const triggers = sample.operations.filter((o) => o.kind === "TRIGGER");
            return (
              <li key={sample.id} className="space-y-4 rounded border border-slate-200 bg-white p-5" data-testid="sample-connector">
                <div className="flex items-center gap-3">
                  <span aria-hidden className="inline-block h-8 w-8 rounded" style={{ backgroundColor: sample.brandColor }} />
                  <h2 className="text-lg font-semibold">
                    <Link href={`/connectors/${sample.slug}`}>{sample.title}</Link>
                  </h2>
                </div>
                <p className="text-sm">
                  <span className="font-medium">Authentication: {label(AUTH_LABELS, sample.authType)}.</span> {SAMPLE_VARIANT_NOTES[sample.authType] ?? ""}
                </p>
                <SampleCredentials authType={sample.authType} />
                <details>
                  <summary className="cursor-pointer text-sm font-medium">
                    {actions.length} {actions.length === 1 ? "action" : "actions"}, {triggers.length} {triggers.length === 1 ? "trigger" : "triggers"}
                  </summary>
                  <ul className="mt-2 space-y-1 text-xs">
                    {sample.operations.map((op) => (
                      <li key={op.operationId}>
                        <code>{op.operationId}</code> {op.kind === "TRIGGER" ? `(${op.triggerKind?.toLowerCase()} trigger)` : ""} {op.summary}
                      </li>
                    ))}
                  </ul>
                </details>
                <nav aria-label={`${sample.title} links`} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                  <Link href={`/connectors/${sample.slug}`}>Overview</Link>
                  <Link href={`/connectors/${sample.slug}/test`}>Test</Link>
                  <a href={`${documents}/swagger.json`}>apiDefinition.swagger.json</a>
                  <a href={`${documents}/apiProperties.json`}>apiProperties.json</a>
                  <a href={`${apiRoot}/`}>The API</a>
                </nav>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
