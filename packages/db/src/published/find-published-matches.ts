// Is there already a published connector for this API? PostgreSQL finds the candidates (same host, same registrable
// domain, a title similar by pg_trgm's `%` through its trigram index (published_connector_ids_by_title, see the
// migration), or any operation in common, counted by signature) and the pure scorer of @connector-hub/definitions
// ranks them and says why, as the CLI does from the index file.
import {
  describeHost,
  operationSignatures,
  rankMatches,
  SHARED_OPERATIONS_SHOWN,
  scorePublishedMatch,
  toMatch,
  type TPublishedMatch,
  type TPublishedMatchQuery,
  type TSharedOperation,
} from "@connector-hub/definitions/published";
import type { DbOrTx } from "../audit/record-audit-event.ts";
import { PUBLISHED_SNAPSHOT_ID } from "./load-published-index.ts";
import { runQueries } from "../run-queries.ts";

export interface FindPublishedMatchesOptions extends TPublishedMatchQuery {
  limit?: number;
}

interface CandidateRow {
  id: number;
  folder: string;
  kind: "CERTIFIED" | "INDEPENDENT_PUBLISHER";
  title: string;
  publisher: string | null;
  host: string;
  signatureCount: number;
  shared: number;
  /** The published connector's operations whose signature the maker's connector has (in its order), or null. */
  ops: (TSharedOperation & { signature: string })[] | null;
  similarity: number;
}

export async function findPublishedMatches(db: DbOrTx, options: FindPublishedMatchesOptions): Promise<TPublishedMatch[]> {
  const host = describeHost(options.host);
  const title = options.title?.trim() ?? "";
  const signatures = [...operationSignatures(options.operations ?? [], options.basePath)];
  const hostKey = host.placeholder === "none" ? host.host : null;
  const domain = host.placeholder === "whole" ? null : host.domain;
  if (!hostKey && !domain && title.length < 3 && signatures.length === 0) return [];
  const [rows, snapshot] = await runQueries(db, [
    () => db.$queryRaw<CandidateRow[]>`
      WITH shared AS (
        SELECT o."connectorId", count(DISTINCT o.signature)::int AS n,
               json_agg(json_build_object('operationId', o."operationId", 'method', o.method, 'path', o.path, 'signature', o.signature) ORDER BY o.position) AS ops
        FROM "PublishedOperation" o
        WHERE o.signature = ANY(${signatures}::text[])
        GROUP BY o."connectorId"
      ), candidates AS (
        SELECT id FROM "PublishedConnector" WHERE "hostKey" = ${hostKey}
        UNION SELECT id FROM "PublishedConnector" WHERE "registrableDomain" = ${domain}
        UNION SELECT t AS id FROM published_connector_ids_by_title(${title}) t WHERE ${title} <> ''
        UNION SELECT "connectorId" FROM shared
      )
      SELECT c.id, c.folder, c.kind::text AS kind, c.title, c.publisher, c.host, c."signatureCount",
             COALESCE(s.n, 0) AS shared, s.ops,
             (CASE WHEN ${title} = '' THEN 0 ELSE similarity(c.title, ${title}) END)::float8 AS similarity
      FROM candidates k
      JOIN "PublishedConnector" c ON c.id = k.id
      LEFT JOIN shared s ON s."connectorId" = c.id`,
    () => db.publishedIndexSnapshot.findUnique({ where: { id: PUBLISHED_SNAPSHOT_ID }, select: { commit: true } }),
  ]);
  const scored = rows.flatMap((row) => {
    const score = scorePublishedMatch({
      mine: { host, operationCount: signatures.length, publisher: options.publisher },
      theirs: { title: row.title, host: describeHost(row.host), operationCount: row.signatureCount, publisher: row.publisher },
      titleSimilarity: row.similarity,
      sharedOperations: row.shared,
    });
    return score ? [{ row, score }] : [];
  });
  const commit = snapshot?.commit ?? "";
  const ranked = rankMatches(
    scored.map(({ row, score }) => ({
      ...toMatch(
        { ...row, publisher: row.publisher ?? undefined, kind: row.kind === "CERTIFIED" ? "certified" : "independent-publisher" },
        commit,
        score,
        [],
        row.signatureCount,
      ),
      sharedOperationCount: row.shared,
    })),
  ).slice(0, options.limit ?? 5);
  const opsByFolder = new Map(scored.map(({ row }) => [row.folder, row.ops ?? []]));
  return ranked.map((m) => {
    // One per signature: a published connector may declare the same method and path twice.
    const bySignature = new Map<string, TSharedOperation>();
    for (const { signature, ...op } of opsByFolder.get(m.folder) ?? []) if (!bySignature.has(signature)) bySignature.set(signature, op);
    return { ...m, sharedOperations: [...bySignature.values()].slice(0, SHARED_OPERATIONS_SHOWN) };
  });
}
