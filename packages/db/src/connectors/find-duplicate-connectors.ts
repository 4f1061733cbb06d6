import type { Db } from "../client.ts";
import { catalogVisibility, type CatalogViewer } from "./catalog-visibility.ts";

export interface DuplicateCandidate {
  slug: string;
  title: string;
  host: string;
  publisher: string;
  reason: "same host" | "similar title";
}

/**
 * The first question of the import wizard: is there already a connector for this API? Matches the same host, or a
 * title similar by trigrams, among the connectors the maker may read (so a private one of someone else stays hidden).
 */
export async function findDuplicateConnectors(
  db: Db,
  options: { host?: string; title?: string; viewer: CatalogViewer; limit?: number },
): Promise<DuplicateCandidate[]> {
  const host = options.host?.trim().toLowerCase() ?? "";
  const title = options.title?.trim().toLowerCase() ?? "";
  if (!host && title.length < 3) return [];
  const rows = await db.$queryRaw<{ slug: string; title: string; host: string; publisher: string; sameHost: boolean }[]>`
    SELECT c.slug, c.title, c.host, c.publisher, (lower(c.host) = ${host}) AS "sameHost"
    FROM "Connector" c
    WHERE ${catalogVisibility(options.viewer)}
      AND ((${host} <> '' AND lower(c.host) = ${host}) OR (${title} <> '' AND similarity(lower(c.title), ${title}) > 0.4))
    ORDER BY (lower(c.host) = ${host}) DESC, similarity(lower(c.title), ${title}) DESC, c.slug
    LIMIT ${options.limit ?? 5}`;
  return rows.map(({ sameHost, ...r }) => ({ ...r, reason: sameHost ? "same host" : "similar title" }));
}
