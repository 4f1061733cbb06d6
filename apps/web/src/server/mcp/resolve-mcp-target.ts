import "server-only";
import { AppError, getTestTarget } from "@connector-hub/db";
import { findMcpOperations, type TJsonObject } from "@connector-hub/definitions";
import { canEditConnector } from "@connector-hub/governance";
import type { Viewer } from "../auth/viewer.ts";
import { db } from "../db.ts";
import { testCallsAllowLoopback } from "../env.ts";

/**
 * The connector an MCP route works on, by the one read rule (what the caller may not read answers 404), with its MCP
 * endpoint. `mustEdit`: only its editors may act (discovery stores what it finds); the seeded samples are open to
 * every signed-in reader, as their test calls are.
 */
export async function resolveMcpTarget(
  slug: string,
  viewer: Viewer | null,
  options: { mustEdit: boolean; mustBeMcp: boolean; /** Editors only even on a sample: its saved test connection is its editors'. */ isStrictEdit?: boolean },
) {
  const target = await getTestTarget(db(), slug, { viewer });
  if (!target) throw new AppError("NOT_FOUND", `No connector has the address ${slug} (or it is not shared with you). Search the catalog at /.`);
  if (options.mustEdit && viewer && (!target.connector.isSample || options.isStrictEdit)) {
    const decision = canEditConnector({ connector: target.connector, user: { id: viewer.userId, roles: viewer.roles, groupIds: viewer.groupIds } });
    if (!decision.allowed)
      throw new AppError(
        "FORBIDDEN",
        options.isStrictEdit
          ? "Only the connector's owner, its co-owners and administrators see or change its saved test connection."
          : "Only the connector's owner, its co-owners and administrators discover its tools.",
      );
  }
  const definition = target.definition as TJsonObject;
  const mcp = findMcpOperations(definition)[0];
  if (!mcp && options.mustBeMcp)
    throw new AppError(
      "UNPROCESSABLE",
      `${target.connector.title} is not an MCP connector: no post operation is marked "x-ms-agentic-protocol": "mcp-streamable-1.0". Its operations are tested on the Test tab.`,
    );
  return {
    target,
    definition,
    endpoint: mcp?.endpoint ?? null,
    // Loopback only for the sample API beside the hub, exactly as test calls.
    allowLoopback: testCallsAllowLoopback() && target.connector.isSample,
  };
}
