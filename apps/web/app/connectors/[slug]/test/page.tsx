import type { ReactNode } from "react";
import { getTestTarget, listMcpDiscoveries, listOperations } from "@connector-hub/db";
import { buildSampleBody, isMcpConnector, type TJsonObject } from "@connector-hub/definitions";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AUTH_LABELS, label } from "@/components/labels.ts";
import { McpToolCallPanel, type McpToolForm } from "@/components/mcp/mcp-tool-call-panel.tsx";
import { SAMPLE_TEST_CONNECTION } from "@/components/samples/demo-credentials.ts";
import { TestCallPanel, type TestOperation } from "@/components/samples/test-call-panel.tsx";
import { getViewer } from "@/server/auth/viewer.ts";
import { db } from "@/server/db.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Test" };

export default async function ConnectorTestPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const viewer = await getViewer();
  // Unreadable is not found; people it is shared with test the approved version, its editors the newest.
  const target = await getTestTarget(db(), slug, { viewer });
  if (!target) notFound();
  const { connector, version, definition } = target;
  if (isMcpConnector(definition as TJsonObject)) {
    const [latest] = await listMcpDiscoveries(db(), { connectorId: connector.id, take: 1 });
    const tools = ((latest?.tools ?? []) as McpToolForm[]).map((t) => ({ name: t.name, description: t.description ?? "", inputSchema: t.inputSchema ?? {} }));
    return (
      <article className="space-y-6">
        <TestHeader connector={connector}>
          <p className="text-sm text-slate-600">
            Tool calls go from the hub to <code>{connector.host}</code> only, with the values you enter here, used for this call and never stored. The form
            comes from each tool&apos;s input schema as last discovered.
          </p>
        </TestHeader>
        {viewer ? (
          <McpToolCallPanel slug={connector.slug} tools={tools} needsKey={connector.authType !== "NONE"} />
        ) : (
          <p role="alert" className="text-slate-700">
            Sign in to call this MCP server&apos;s tools.
          </p>
        )}
      </article>
    );
  }
  const operations: TestOperation[] = (await listOperations(db(), version.id)).map((op) => ({
    operationId: op.operationId,
    summary: op.summary,
    method: op.method,
    path: op.path,
    kind: op.kind,
    triggerKind: op.triggerKind,
    parameters: op.parameters as TestOperation["parameters"],
    sampleBody: buildSampleBody({ definition, operationId: op.operationId }),
  }));
  // The samples' demo values are published in the README: filled in so a newcomer can send at once. Nobody else's.
  const connection = connector.isSample ? (SAMPLE_TEST_CONNECTION[connector.authType] ?? {}) : {};
  const canCall = connector.isSample || viewer !== null;
  return (
    <article className="space-y-6">
      <TestHeader connector={connector}>
        <p className="text-sm text-slate-600">
          Calls go from the hub to <code>{connector.host}</code> only, signed in with {label(AUTH_LABELS, connector.authType)} values you enter here. They are
          used for this call and never stored or shown back.
          {connector.isSample
            ? " The sample API's published demo values are filled in, and each body starts from its schema: send it as it is, or change it."
            : " Each body starts from its schema."}
        </p>
        {version.number < version.latestNumber ? (
          <p className="mt-2 text-sm text-slate-700" data-testid="tested-version">
            You test version {version.number}, the version shared with you.
          </p>
        ) : null}
      </TestHeader>
      {canCall ? (
        <TestCallPanel slug={connector.slug} authType={connector.authType} operations={operations} initialConnection={connection} />
      ) : (
        <p role="alert" className="text-slate-700">
          Sign in to test this connector: test calls of connectors other than the samples need a signed-in reader.
        </p>
      )}
    </article>
  );
}

/** The Test tab's heading: the way back to the connector, its title, then what the calls do (MCP or REST). */
function TestHeader({ connector, children }: { connector: { slug: string; title: string }; children: ReactNode }) {
  return (
    <header>
      <p className="text-sm">
        <Link href={`/connectors/${connector.slug}`}>← {connector.title}</Link>
      </p>
      <h1 className="text-2xl font-semibold">Test {connector.title}</h1>
      {children}
    </header>
  );
}
