import { z } from "zod";
import { AppError } from "../app-error.ts";
import type { Db } from "../client.ts";
import { cachedCatalogPage } from "./catalog-cache.ts";
import { catalogVisibility, type CatalogViewer } from "./catalog-visibility.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { AuthType, ConnectorKind, Hosting, Lifecycle, SharingScope } from "../generated/prisma/enums.ts";

export type { CatalogViewer };

const list = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : String(v).split(",")), z.array(item));

/** The catalog's query, as it appears in the URL (?q=&auth=API_KEY,OAUTH2&sort=newest&cursor=...). */
export const ZCatalogQuery = z.object({
  q: z.string().trim().max(200, "Search for at most 200 characters.").default(""),
  auth: list(z.enum(AuthType)).default([]),
  hosting: list(z.enum(Hosting)).default([]),
  scope: list(z.enum(SharingScope)).default([]),
  lifecycle: list(z.enum(Lifecycle)).default([]),
  kind: list(z.enum(ConnectorKind, { error: 'kind is "REST" or "MCP" (MCP server connectors), or both separated by a comma.' })).default([]),
  publisher: list(z.string().max(200)).default([]),
  sample: z.enum(["true", "false"]).optional(),
  sort: z.enum(["title", "newest", "updated"]).default("title"),
  // A title cursor holds the lower-cased title: 120 characters of a non-Latin script are several hundred bytes.
  cursor: z.string().max(4000, "The page cursor is not one this catalog gave out: start again from the first page.").optional(),
  limit: z.coerce.number().int().min(1).max(100).default(24),
});
export type CatalogQuery = z.input<typeof ZCatalogQuery>;
type ParsedQuery = z.output<typeof ZCatalogQuery>;

export interface CatalogItem {
  id: string;
  slug: string;
  title: string;
  description: string;
  publisher: string;
  host: string;
  brandColor: string;
  /** The connector has an icon (GET /api/v1/connectors/{slug}/icon). */
  hasIcon: boolean;
  authType: string;
  hosting: string;
  scope: string;
  lifecycle: string;
  /** REST, or MCP for a connector through which agents reach an MCP server. */
  kind: string;
  isSample: boolean;
  actionCount: number;
  triggerCount: number;
  errorCount: number;
  warningCount: number;
  updatedAt: string;
}

export interface CatalogPage {
  items: CatalogItem[];
  total: number;
  nextCursor: string | null;
  facets: Record<"auth" | "hosting" | "scope" | "lifecycle" | "kind" | "publisher" | "sample", { value: string; count: number }[]>;
}

const SORTS = {
  title: { column: Prisma.sql`lower(c.title)`, dir: "asc" as const },
  newest: { column: Prisma.sql`c."createdAt"`, dir: "desc" as const },
  updated: { column: Prisma.sql`c."updatedAt"`, dir: "desc" as const },
};

/** The expression the searchVector column is generated with (migration catalog_word_search), applied to a text. */
const WORDS_OF = (text: string) => Prisma.sql`to_tsvector('simple'::regconfig, regexp_replace(${text}, '[[:punct:][:space:]‘’“”«»‹›–—…·•]+', ' ', 'g'))`;
const MAX_SEARCH_WORDS = 8;

/**
 * The search box's text as a tsquery of word prefixes ("inv" finds "invoices", "contoso" finds api.contoso.com), all
 * of which must match; null when it holds no searchable word ("&&&"), which means no search. PostgreSQL splits the
 * text with the very expression the indexed column uses, so both sides agree on what a word is in any script; the
 * lexemes come back as data and are quoted here, so nothing the user types is ever parsed as tsquery syntax. Beyond
 * 8 words, the longest (most selective) are kept.
 */
async function searchQuery(db: Db, q: string): Promise<string | null> {
  if (!q) return null;
  const [row] = await db.$queryRaw<{ lexemes: string[] }[]>`SELECT ARRAY(SELECT lexeme FROM unnest(${WORDS_OF(q.toLowerCase())})) AS lexemes`;
  const lexemes = (row?.lexemes ?? []).sort((x, y) => y.length - x.length || x.localeCompare(y)).slice(0, MAX_SEARCH_WORDS);
  if (lexemes.length === 0) return null;
  return lexemes.map((l) => `'${l.replace(/\\/g, "\\\\").replace(/'/g, "''")}':*`).join(" & ");
}

function filters(query: ParsedQuery, viewer: CatalogViewer, tsquery: string | null): Prisma.Sql {
  const parts: Prisma.Sql[] = [catalogVisibility(viewer)];
  if (tsquery) parts.push(Prisma.sql`c."searchVector" @@ ${tsquery}::tsquery`);
  const inList = (column: Prisma.Sql, values: string[], cast: string) =>
    values.length ? parts.push(Prisma.sql`${column} IN (${Prisma.join(values.map((v) => Prisma.sql`${v}::${Prisma.raw(`"${cast}"`)}`))})`) : 0;
  inList(Prisma.sql`c."authType"`, query.auth, "AuthType");
  inList(Prisma.sql`c.hosting`, query.hosting, "Hosting");
  inList(Prisma.sql`c.scope`, query.scope, "SharingScope");
  inList(Prisma.sql`c.lifecycle`, query.lifecycle, "Lifecycle");
  inList(Prisma.sql`c.kind`, query.kind, "ConnectorKind");
  if (query.publisher.length) parts.push(Prisma.sql`c.publisher IN (${Prisma.join(query.publisher)})`);
  if (query.sample) parts.push(Prisma.sql`c."isSample" = ${query.sample === "true"}`);
  return Prisma.join(parts, " AND ");
}

function decodeCursor(cursor: string | undefined, sort: ParsedQuery["sort"]): [string, string] | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    const isPair = Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === "string");
    // A date sort's cursor starts with a timestamp (a title cursor reused with sort=newest does not).
    if (isPair && (sort === "title" || !Number.isNaN(Date.parse(value[0] as string)))) return value as [string, string];
  } catch {
    // fall through to the clear message below
  }
  throw new AppError("BAD_REQUEST", "The page cursor is not one this catalog gave out: start again from the first page.");
}

export interface ListCatalogOptions {
  /** Reuse a page computed in this process within this many milliseconds (0, the default, always queries). */
  cacheTtlMs?: number;
}

/** One page of the catalog with facet counts of the whole result, paged by keyset so page 4,000 costs what page 1 does. */
export async function listCatalog(db: Db, rawQuery: CatalogQuery, viewer: CatalogViewer, options: ListCatalogOptions = {}): Promise<CatalogPage> {
  const query = ZCatalogQuery.parse(rawQuery);
  const viewerKey = viewer.isAdmin ? "admin" : viewer.userId ? `${viewer.userId}:${[...viewer.groupIds].sort().join(",")}` : "anonymous";
  return cachedCatalogPage(`${viewerKey}|${JSON.stringify(query)}`, options.cacheTtlMs ?? 0, () => queryCatalog(db, query, viewer));
}

/** A catalog row as json_agg returns it: timestamps are strings without a zone (the columns hold UTC). */
type RawItem = Omit<CatalogItem, "updatedAt"> & { createdAt: string; updatedAt: string; k: unknown };

async function queryCatalog(db: Db, query: ParsedQuery, viewer: CatalogViewer): Promise<CatalogPage> {
  const sort = SORTS[query.sort];
  const where = filters(query, viewer, await searchQuery(db, query.q));
  const cursor = decodeCursor(query.cursor, query.sort);
  const cmp = sort.dir === "asc" ? Prisma.sql`>` : Prisma.sql`<`;
  const keyset = cursor
    ? query.sort === "title"
      ? Prisma.sql`AND (m.k, m.id) ${cmp} (${cursor[0]}, ${cursor[1]})`
      : Prisma.sql`AND (m.k, m.id) ${cmp} (${new Date(cursor[0])}::timestamp, ${cursor[1]})`
    : Prisma.empty;
  const direction = Prisma.raw(sort.dir.toUpperCase());
  // One statement. The matching rows are found once, keeping only what sorting and counting need (a narrow set is
  // cheaper to materialize and sort); the page's 25 rows are read in full afterwards, and the facet counts
  // (GROUPING SETS: one pass for all seven facets and the total) come from the same set.
  const [result] = await db.$queryRaw<{ items: RawItem[] | null; facets: { dim: string; value: string | null; count: number }[] | null }[]>`
    WITH m AS MATERIALIZED (
      SELECT c.id, ${sort.column} AS k, c."authType", c.hosting, c.scope, c.lifecycle, c.kind, c."isSample", c.publisher
      FROM "Connector" c WHERE ${where}
    ),
    ids AS (
      SELECT m.id, m.k FROM m WHERE TRUE ${keyset} ORDER BY m.k ${direction}, m.id ${direction} LIMIT ${query.limit + 1}
    ),
    page AS (
      SELECT c.id, c.slug, c.title, left(c.description, 300) AS description, c.publisher, c.host, c."brandColor", c.icon IS NOT NULL AS "hasIcon", c."authType",
             c.hosting, c.scope, c.lifecycle, c.kind, c."isSample", c."actionCount", c."triggerCount", c."errorCount", c."warningCount",
             c."createdAt", c."updatedAt", ids.k
      FROM ids JOIN "Connector" c ON c.id = ids.id
    ),
    facets AS (
      SELECT CASE WHEN GROUPING(m."authType") = 0 THEN 'auth' WHEN GROUPING(m.hosting) = 0 THEN 'hosting'
                  WHEN GROUPING(m.scope) = 0 THEN 'scope' WHEN GROUPING(m.lifecycle) = 0 THEN 'lifecycle' WHEN GROUPING(m.kind) = 0 THEN 'kind'
                  WHEN GROUPING(m.publisher) = 0 THEN 'publisher' WHEN GROUPING(m."isSample") = 0 THEN 'sample' ELSE 'total' END AS dim,
             COALESCE(m."authType"::text, m.hosting::text, m.scope::text, m.lifecycle::text, m.kind::text, m.publisher, m."isSample"::text) AS value,
             count(*)::int AS count
      FROM m
      GROUP BY GROUPING SETS ((m."authType"), (m.hosting), (m.scope), (m.lifecycle), (m.kind), (m.publisher), (m."isSample"), ())
    )
    SELECT (SELECT json_agg(p ORDER BY p.k ${direction}, p.id ${direction}) FROM page p) AS items,
           (SELECT json_agg(f) FROM facets f) AS facets`;
  const rows = (result?.items ?? []).map((r) => ({ ...r, createdAt: new Date(`${r.createdAt}Z`), updatedAt: new Date(`${r.updatedAt}Z`) }));
  const facetRows = result?.facets ?? [];
  const page = rows.slice(0, query.limit).map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }));
  const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
  const nextCursor = last
    ? // The sort key exactly as PostgreSQL computed it (lower() and JavaScript's toLowerCase() disagree on some letters).
      Buffer.from(
        JSON.stringify([query.sort === "title" ? String(last.k) : (query.sort === "newest" ? last.createdAt : last.updatedAt).toISOString(), last.id]),
      ).toString("base64url")
    : null;
  const facets: CatalogPage["facets"] = { auth: [], hosting: [], scope: [], lifecycle: [], kind: [], publisher: [], sample: [] };
  let total = 0;
  for (const row of facetRows) {
    if (row.dim === "total") total = Number(row.count);
    else if (row.value !== null) facets[row.dim as keyof CatalogPage["facets"]].push({ value: row.value, count: Number(row.count) });
  }
  for (const values of Object.values(facets)) values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  facets.publisher = facets.publisher.slice(0, 20);
  return { items: page.map(({ createdAt: _c, k: _k, ...item }) => item), total, nextCursor, facets };
}
