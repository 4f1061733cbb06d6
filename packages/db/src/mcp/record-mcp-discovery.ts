import { checkMcpTools, diffMcpTools, type TJsonObject, type TJsonValue } from "@connector-hub/definitions";
import type { Db } from "../client.ts";
import { postSharingWebhook } from "../sharing/post-sharing-webhook.ts";
import { reopenSharingReview, type ReopenedReview } from "../sharing/reopen-sharing-review.ts";
import type { SharingNotifyOptions } from "../sharing/sharing-types.ts";

/** What one finished discovery found: the protocol negotiated, the server, and every page of tools and resources. */
export interface McpDiscoveryResult {
  protocolEra: "legacy" | "modern";
  protocolVersion: string | null;
  serverName: string | null;
  serverVersion: string | null;
  tools: TJsonObject[];
  resources: TJsonObject[];
}

export interface RecordMcpDiscoveryOptions {
  connectorId: string;
  discoveredById: string | null;
  result: McpDiscoveryResult;
  /** The request id for the audit trail of a reopened review. */
  requestId?: string | null;
  /** Where a reopened review is announced besides in-app (the sharing webhook). */
  notify?: SharingNotifyOptions;
}

// Evaluating the gates of a reopened review reads the definition and the licences: more than the default 5 s.
const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

/**
 * Stores one complete discovery with what changed since the one before (diffMcpTools) and how many tools Copilot
 * Studio would drop or break on (checkMcpTools). Called only after discovery finished, and written in one
 * transaction, so a discovery that failed half-way leaves nothing. A tool that appeared and that the newest approved
 * sharing decision did not cover reopens the review in the same transaction (reopenSharingReview).
 */
export async function recordMcpDiscovery(db: Db, options: RecordMcpDiscoveryOptions) {
  const tools = options.result.tools as unknown as TJsonValue[];
  const readiness = checkMcpTools({ tools: { tools } as TJsonValue });
  const record = () =>
    db.$transaction(async (tx) => {
      const previous = await tx.mcpDiscovery.findFirst({
        where: { connectorId: options.connectorId },
        orderBy: { discoveredAt: "desc" },
        select: { tools: true },
      });
      const changes = previous ? diffMcpTools(previous.tools as TJsonValue[], tools) : [];
      const discovery = await tx.mcpDiscovery.create({
        data: {
          connectorId: options.connectorId,
          discoveredById: options.discoveredById,
          protocolEra: options.result.protocolEra,
          protocolVersion: options.result.protocolVersion,
          serverName: options.result.serverName,
          serverVersion: options.result.serverVersion,
          tools: tools as never,
          resources: options.result.resources as never,
          toolCount: tools.length,
          notReadyCount: readiness.notReady.length,
          changes: changes as never,
          isBreaking: changes.some((c) => c.isBreaking),
        },
      });
      const reopened = await reopenSharingReview(tx, {
        connectorId: options.connectorId,
        tools,
        previousTools: previous ? (previous.tools as unknown[]) : null,
        discoveredById: options.discoveredById,
        requestId: options.requestId ?? null,
      });
      return { ...discovery, reopened };
    }, TX_OPTIONS);
  let stored: Awaited<ReturnType<typeof record>>;
  try {
    stored = await record();
  } catch (error) {
    // A request was opened for the connector between the check and the insert (a maker's, or another discovery's
    // reopening): SharingRequest_one_open_per_connector refused ours and rolled the discovery back. Once more: the
    // open request is then found and nothing is reopened.
    if ((error as { code?: string }).code !== "P2002") throw error;
    stored = await record();
  }
  if (stored.reopened) void postSharingWebhook(stored.reopened.change, options.notify);
  return stored as typeof stored & { reopened: ReopenedReview | null };
}
