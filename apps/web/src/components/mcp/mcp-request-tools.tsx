import type { McpDiscoveryView, ToolsSinceApproval } from "@connector-hub/db";
import type { Finding } from "@connector-hub/definitions";

type Tool = { name?: string; description?: string };

/**
 * The MCP tools a sharing request is about: while it is open, the list the server gives now (what the reviewer decides
 * on); once decided, the list the decision was pinned to, and any tool that appeared since (with the request its discovery
 * reopened for review).
 */
export function McpRequestTools(props: {
  isDecided: boolean;
  discovery: McpDiscoveryView | null;
  readiness: Finding[];
  addedSince: ToolsSinceApproval | null;
}) {
  const tools = (props.discovery?.tools ?? []) as Tool[];
  return (
    <section aria-labelledby="request-mcp-tools" className="space-y-2">
      <h2 id="request-mcp-tools" className="text-lg font-semibold">
        MCP tools {props.isDecided ? "this decision covers" : "under review"}
      </h2>
      {!props.discovery ? (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          No tool list has been discovered for this MCP connector{props.isDecided ? " before the decision" : ""}: the agents using it get whatever tools its
          server lists. Ask the maker to run Discover tools on the connector page before deciding.
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-700" data-testid="request-tool-summary">
            {props.discovery.toolCount} tools, {props.discovery.notReadyCount} not agent-ready, discovered{" "}
            {props.discovery.discoveredAt.toISOString().replace("T", " ").slice(0, 16)} UTC.
          </p>
          <ul className="space-y-1 text-sm" aria-label="Tools in this request">
            {tools.map((t, i) => {
              const flagged = props.readiness.filter((f) => f.path.startsWith(`/tools/${i}/`) || f.path === `/tools/${i}`);
              return (
                <li key={t.name ?? i}>
                  <code>{t.name}</code> · {t.description ?? "no description"}
                  {flagged.map((f, j) => (
                    <span key={j} className={`ml-2 text-xs ${f.severity === "error" ? "text-red-700" : "text-amber-800"}`}>
                      {f.code}
                    </span>
                  ))}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {props.addedSince ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900" data-testid="tools-added-since-decision">
          {props.addedSince.added.length} tool{props.addedSince.added.length === 1 ? "" : "s"} appeared since this decision ({props.addedSince.added.join(", ")}
          ): nobody reviewed {props.addedSince.added.length === 1 ? "it" : "them"}.{" "}
          {props.addedSince.openRequestId ? (
            <>
              The review was reopened: <a href={`/requests/${props.addedSince.openRequestId}`}>the open sharing request</a> decides on the new list.
            </>
          ) : (
            "The sharing needs a new review."
          )}
        </p>
      ) : null}
    </section>
  );
}
