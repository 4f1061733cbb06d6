// Loads an index of the connectors Microsoft publishes into PostgreSQL, replacing the one there in one transaction
// (readers see the old index or the new one, never half of either). Rows go in as a few array-valued INSERTs
// (unnest), not one statement per operation: 16,000 operations load in well under a second.
import { describeHost, operationSignature, type TPublishedIndex } from "@connector-hub/definitions/published";
import type { Db } from "../client.ts";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event.ts";

export const PUBLISHED_SNAPSHOT_ID = "current";
const OPERATION_BATCH = 5_000;

export interface LoadPublishedIndexResult {
  connectors: number;
  operations: number;
  ms: number;
}

export interface LoadPublishedIndexOptions {
  index: TPublishedIndex;
  /** "seed", or the administrator's label. */
  loadedBy: string;
  /** An administrator's upload is audited in the same transaction. */
  audit?: { actor: AuditActor; requestId?: string };
}

export async function loadPublishedIndex(db: Db, options: LoadPublishedIndexOptions): Promise<LoadPublishedIndexResult> {
  const started = performance.now();
  const { index } = options;
  const c = { id: [] as number[], folder: [] as string[], kind: [] as string[], title: [] as string[], publisher: [] as (string | null)[] };
  const c2 = { stackOwner: [] as (string | null)[], host: [] as string[], hostKey: [] as (string | null)[], domain: [] as (string | null)[] };
  const c3 = { basePath: [] as string[], brandColor: [] as (string | null)[], authTypes: [] as string[], signatureCount: [] as number[] };
  const o = { connectorId: [] as number[], position: [] as number[], operationId: [] as string[], method: [] as string[], path: [] as string[] };
  const o2 = { isTrigger: [] as boolean[], signature: [] as (string | null)[] };
  index.connectors.forEach((connector, i) => {
    const id = i + 1;
    const host = describeHost(connector.host);
    const basePath = connector.basePath ?? "/";
    const signatures = new Set<string>();
    connector.operations.forEach((op, position) => {
      const signature = operationSignature(op.method, op.path, basePath);
      if (signature) signatures.add(signature);
      o.connectorId.push(id);
      o.position.push(position);
      o.operationId.push(op.operationId);
      o.method.push(op.method.toUpperCase());
      o.path.push(op.path);
      o2.isTrigger.push(op.trigger === true);
      o2.signature.push(signature);
    });
    c.id.push(id);
    c.folder.push(connector.folder);
    c.kind.push(connector.kind === "certified" ? "CERTIFIED" : "INDEPENDENT_PUBLISHER");
    c.title.push(connector.title);
    c.publisher.push(connector.publisher ?? null);
    c2.stackOwner.push(connector.stackOwner ?? null);
    c2.host.push(connector.host);
    c2.hostKey.push(host.placeholder === "none" ? host.host : null);
    c2.domain.push(host.placeholder === "whole" ? null : host.domain);
    c3.basePath.push(basePath);
    c3.brandColor.push(connector.brandColor ?? null);
    // One text per row (arrays of arrays cannot be unnested row by row); split back in SQL. Types never hold a tab.
    c3.authTypes.push((connector.authTypes ?? []).join("\t"));
    c3.signatureCount.push(signatures.size);
  });
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`DELETE FROM "PublishedConnector"`;
      await tx.$executeRaw`
        INSERT INTO "PublishedConnector" ("id", "folder", "kind", "title", "publisher", "stackOwner", "host", "hostKey", "registrableDomain", "basePath", "brandColor", "authTypes", "signatureCount")
        SELECT id, folder, kind::"PublishedConnectorKind", title, publisher, "stackOwner", host, "hostKey", domain, "basePath", "brandColor",
               CASE WHEN auth = '' THEN '{}'::text[] ELSE string_to_array(auth, E'\t') END, "signatureCount"
        FROM unnest(${c.id}::int[], ${c.folder}::text[], ${c.kind}::text[], ${c.title}::text[], ${c.publisher}::text[], ${c2.stackOwner}::text[],
                    ${c2.host}::text[], ${c2.hostKey}::text[], ${c2.domain}::text[], ${c3.basePath}::text[], ${c3.brandColor}::text[],
                    ${c3.authTypes}::text[], ${c3.signatureCount}::int[])
             AS t(id, folder, kind, title, publisher, "stackOwner", host, "hostKey", domain, "basePath", "brandColor", auth, "signatureCount")`;
      for (let start = 0; start < o.connectorId.length; start += OPERATION_BATCH) {
        const slice = <T>(values: T[]) => values.slice(start, start + OPERATION_BATCH);
        await tx.$executeRaw`
          INSERT INTO "PublishedOperation" ("connectorId", "position", "operationId", "method", "path", "isTrigger", "signature")
          SELECT * FROM unnest(${slice(o.connectorId)}::int[], ${slice(o.position)}::int[], ${slice(o.operationId)}::text[], ${slice(o.method)}::text[],
                               ${slice(o.path)}::text[], ${slice(o2.isTrigger)}::boolean[], ${slice(o2.signature)}::text[])`;
      }
      const snapshot = {
        source: index.source,
        commit: index.commit,
        date: index.date,
        connectorCount: index.connectors.length,
        operationCount: o.connectorId.length,
        unreadable: index.unreadable,
        loadedAt: new Date(),
        loadedBy: options.loadedBy,
      };
      const before = await tx.publishedIndexSnapshot.findUnique({
        where: { id: PUBLISHED_SNAPSHOT_ID },
        select: { commit: true, date: true, connectorCount: true },
      });
      await tx.publishedIndexSnapshot.upsert({ where: { id: PUBLISHED_SNAPSHOT_ID }, create: { id: PUBLISHED_SNAPSHOT_ID, ...snapshot }, update: snapshot });
      if (options.audit) {
        await recordAuditEvent(tx, {
          actor: options.audit.actor,
          action: "published_index.loaded",
          entityType: "PublishedIndex",
          entityId: PUBLISHED_SNAPSHOT_ID,
          before,
          after: { commit: snapshot.commit, date: snapshot.date, connectorCount: snapshot.connectorCount },
          requestId: options.audit.requestId ?? null,
        });
      }
    },
    { timeout: 60_000 },
  );
  // Fresh statistics at once (autovacuum would take a while): without them the planner guesses a table of default
  // size and scans all operations instead of using the signature index.
  await db.$executeRawUnsafe('ANALYZE "PublishedConnector", "PublishedOperation"');
  return { connectors: index.connectors.length, operations: o.connectorId.length, ms: Math.round(performance.now() - started) };
}
