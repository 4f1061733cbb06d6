import type { Finding } from "@connector-hub/definitions";
import type { McpDiscoveryView, ToolsSinceApproval } from "@connector-hub/db";
import { DiscoverToolsButton } from "./discover-tools-button.tsx";
import { TestConnectionForm, type SavedTestConnection } from "./test-connection-form.tsx";

type Tool = { name?: string; title?: string; description?: string; inputSchema?: unknown };
type Resource = { uri?: string; name?: string; description?: string };
type Change = { kind: string; tool: string; isBreaking: boolean; message: string };

/** Which tool a readiness finding is about: its pointer starts /tools/<index>. */
function toolIndex(f: Finding): number | null {
  const match = /^\/tools\/(\d+)/.exec(f.path);
  return match ? Number(match[1]) : null;
}

/** An MCP connector's tools as its server last listed them, what Copilot Studio makes of them, and the history. */
export function McpToolsSection(props: {
  slug: string;
  endpoint: string;
  canDiscover: boolean;
  needsKey: boolean;
  /** For editors: may save a test connection (undefined: not shown); null when none is saved. */
  savedConnection?: SavedTestConnection | null;
  discoveries: McpDiscoveryView[];
  readiness: Finding[];
  /** For editors: tools that appeared since the last approved sharing decision. */
  addedSince?: ToolsSinceApproval | null;
}) {
  const latest = props.discoveries[0];
  const tools = (latest?.tools ?? []) as Tool[];
  const resources = (latest?.resources ?? []) as Resource[];
  return (
    <section aria-labelledby="mcp-tools" className="space-y-4">
      <h2 id="mcp-tools" className="text-lg font-semibold">
        MCP tools
      </h2>
      <p className="max-w-3xl text-sm text-slate-700">
        An agent gets its tools from the server at <code className="break-all">{props.endpoint}</code>, not from the definition: they can change without the
        connector changing. The hub lists them with the test connection you give (used for that call only) or the one saved here, and keeps each list with its
        date.
      </p>
      {props.addedSince ? (
        <p role="alert" className="max-w-3xl rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900" data-testid="tools-added-since-approval">
          {props.addedSince.added.join(", ")} appeared since the sharing decision of {props.addedSince.decidedAt.toISOString().slice(0, 10)}: people it is
          shared with can now use {props.addedSince.added.length === 1 ? "a tool" : "tools"} nobody reviewed.{" "}
          {props.addedSince.openRequestId ? (
            <>
              The review was reopened: <a href={`/requests/${props.addedSince.openRequestId}`}>the open sharing request</a> shows the new list to a reviewer.
            </>
          ) : (
            <>
              <a href={`/connectors/${props.slug}/share`}>Request sharing again</a> so a reviewer sees the new list.
            </>
          )}
        </p>
      ) : null}
      {props.savedConnection !== undefined ? <TestConnectionForm slug={props.slug} saved={props.savedConnection} /> : null}
      {props.canDiscover ? <DiscoverToolsButton slug={props.slug} needsKey={props.needsKey} /> : null}
      {!latest ? (
        <p className="text-sm text-slate-600">No discovery yet{props.canDiscover ? ": discover the tools to see them here." : "."}</p>
      ) : (
        <>
          <p className="text-sm text-slate-700" data-testid="mcp-discovery-summary">
            {latest.toolCount} tools, {latest.notReadyCount} not agent-ready · discovered {latest.discoveredAt.toISOString().replace("T", " ").slice(0, 16)} UTC
            · {latest.protocolEra === "modern" ? "protocol 2026-07-28" : `session era${latest.protocolVersion ? ` (${latest.protocolVersion})` : ""}`}
            {latest.serverName ? ` · ${latest.serverName} ${latest.serverVersion ?? ""}` : ""}
          </p>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-sm" aria-label="MCP tools">
              <thead>
                <tr className="border-b text-left">
                  <th className="py-2 pr-3">Tool</th>
                  <th className="py-2 pr-3">Description</th>
                  <th className="py-2 pr-3">Agent readiness</th>
                </tr>
              </thead>
              <tbody>
                {tools.map((tool, i) => {
                  const findings = props.readiness.filter((f) => toolIndex(f) === i);
                  return (
                    <tr key={`${tool.name ?? i}`} className="border-b align-top">
                      <td className="py-2 pr-3">
                        <code>{tool.name}</code>
                        <details className="mt-1">
                          <summary className="cursor-pointer text-xs text-slate-600">Input schema</summary>
                          <pre className="max-w-md overflow-x-auto text-xs">{JSON.stringify(tool.inputSchema ?? {}, null, 2)}</pre>
                        </details>
                      </td>
                      <td className="py-2 pr-3">{tool.description ?? <em>none</em>}</td>
                      <td className="py-2 pr-3">
                        {findings.length === 0 ? (
                          <span className="text-emerald-700">Ready</span>
                        ) : (
                          <ul className="space-y-1">
                            {findings.map((f, j) => (
                              <li key={j} className={f.severity === "error" ? "text-red-700" : "text-amber-800"}>
                                <code className="text-xs">{f.code}</code> {f.message}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {props.readiness.some((f) => toolIndex(f) === null) ? (
            <ul className="text-sm text-amber-800">
              {props.readiness
                .filter((f) => toolIndex(f) === null)
                .map((f, i) => (
                  <li key={i}>
                    <code className="text-xs">{f.code}</code> {f.message}
                  </li>
                ))}
            </ul>
          ) : null}
          <h3 className="font-semibold">Resources</h3>
          {resources.length === 0 ? (
            <p className="text-sm text-slate-600">None listed.</p>
          ) : (
            <ul className="text-sm">
              {resources.map((r) => (
                <li key={r.uri}>
                  <code>{r.uri}</code> {r.name ? `· ${r.name}` : ""} {r.description ? `· ${r.description}` : ""}
                </li>
              ))}
            </ul>
          )}
          <p className="text-xs text-slate-600">Agents reach resources only through what a tool returns; prompts are not used by Copilot Studio.</p>
          <h3 className="font-semibold">Tool list history</h3>
          <ol className="space-y-2 text-sm" aria-label="Tool list history">
            {props.discoveries.map((d) => {
              const changes = d.changes as Change[];
              return (
                <li key={d.id}>
                  <span className="font-medium">{d.discoveredAt.toISOString().replace("T", " ").slice(0, 16)} UTC</span> · {d.toolCount} tools
                  {d.isBreaking ? <span className="ml-2 rounded bg-red-100 px-1 text-red-800">breaking</span> : null}
                  {changes.length > 0 ? (
                    <ul className="ml-4 list-disc">
                      {changes.map((c, i) => (
                        <li key={i} className={c.isBreaking ? "text-red-700" : ""}>
                          {c.message}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
