import { z } from "zod";
import { AppError } from "../app-error.ts";
import type { Db } from "../client.ts";
import { cachedCatalogPage } from "./catalog-cache.ts";
import { catalogVisibility, type CatalogViewer } from "./catalog-visibility.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { AuthType, Hosting, Lifecycle, SharingScope } from "../generated/prisma/enums.ts";

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
  publisher: list(z.string().max(200)).default([]),
  sample: z.enum(["true", "false"]).optional(),
  sort: z.enum(["title", "newest", "updated"]).default("title"),
  cursor: z.string().max(500).optional(),
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
  authType: string;
  hosting: string;
  scope: string;
  lifecycle: string;
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
  facets: Record<"auth" | "hosting" | "scope" | "lifecycle" | "publisher" | "sample", { value: string; count: number }[]>;
}

const SORTS = {
  title: { column: Prisma.sql`lower(c.title)`, dir: "asc" as const },
  newest: { column: Prisma.sql`c."createdAt"`, dir: "desc" as const },
  updated: { column: Prisma.sql`c."updatedAt"`, dir: "desc" as const },
};

function filters(query: ParsedQuery, viewer: CatalogViewer): Prisma.Sql {
  const parts: Prisma.Sql[] = [catalogVisibility(viewer)];
  for (const word of query.q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8)) {
    parts.push(Prisma.sql`c."searchText" LIKE ${`%${word.replace(/[\\%_]/g, (m) => `\\${m}`)}%`}`);
  }
  const inList = (column: Prisma.Sql, values: string[], cast: string) =>
    values.length ? parts.push(Prisma.sql`${column} IN (${Prisma.join(values.map((v) => Prisma.sql`${v}::${Prisma.raw(`"${cast}"`)}`))})`) : 0;
  inList(Prisma.sql`c."authType"`, query.auth, "AuthType");
  inList(Prisma.sql`c.hosting`, query.hosting, "Hosting");
  inList(Prisma.sql`c.scope`, query.scope, "SharingScope");
  inList(Prisma.sql`c.lifecycle`, query.lifecycle, "Lifecycle");
  if (query.publisher.length) parts.push(Prisma.sql`c.publisher IN (${Prisma.join(query.publisher)})`);
  if (query.sample) parts.push(Prisma.sql`c."isSample" = ${query.sample === "true"}`);
  return Prisma.join(parts, " AND ");
}

function decodeCursor(cursor: string | undefined): [string, string] | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === "string")) return value as [string, string];
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
type RawItem = Omit<CatalogItem, "updatedAt"> & { createdAt: string; updatedAt: string };

async function queryCatalog(db: Db, query: ParsedQuery, viewer: CatalogViewer): Promise<CatalogPage> {
  const sort = SORTS[query.sort];
  const where = filters(query, viewer);
  const cursor = decodeCursor(query.cursor);
  const cmp = sort.dir === "asc" ? Prisma.sql`>` : Prisma.sql`<`;
  const keyset = cursor
    ? query.sort === "title"
      ? Prisma.sql`AND (lower(c.title), c.id) ${cmp} (${cursor[0]}, ${cursor[1]})`
      : Prisma.sql`AND (${sort.column}, c.id) ${cmp} (${new Date(cursor[0])}::timestamp, ${cursor[1]})`
    : Prisma.empty;
  const direction = Prisma.raw(sort.dir.toUpperCase());
  const pageOrder = query.sort === "title" ? Prisma.sql`lower(p.title)` : query.sort === "newest" ? Prisma.sql`p."createdAt"` : Prisma.sql`p."updatedAt"`;
  // One statement: the matching rows are found once (the trigram recheck is the expensive part at 100,000 rows) and
  // both the page and the facet counts are computed from that set.
  const [result] = await db.$queryRaw<{ items: RawItem[] | null; facets: { dim: string; value: string | null; count: number }[] | null }[]>`
    WITH m AS MATERIALIZED (
      SELECT c.id, c.slug, c.title, left(c.description, 300) AS description, c.publisher, c.host, c."brandColor", c."authType",
             c.hosting, c.scope, c.lifecycle, c."isSample", c."actionCount", c."triggerCount", c."errorCount", c."warningCount",
             c."createdAt", c."updatedAt"
      FROM "Connector" c WHERE ${where}
    ),
    page AS (
      SELECT * FROM m c WHERE TRUE ${keyset} ORDER BY ${sort.column} ${direction}, c.id ${direction} LIMIT ${query.limit + 1}
    ),
    facets AS (
      SELECT CASE WHEN GROUPING(c."authType") = 0 THEN 'auth' WHEN GROUPING(c.hosting) = 0 THEN 'hosting'
                  WHEN GROUPING(c.scope) = 0 THEN 'scope' WHEN GROUPING(c.lifecycle) = 0 THEN 'lifecycle'
                  WHEN GROUPING(c.publisher) = 0 THEN 'publisher' WHEN GROUPING(c."isSample") = 0 THEN 'sample' ELSE 'total' END AS dim,
             COALESCE(c."authType"::text, c.hosting::text, c.scope::text, c.lifecycle::text, c.publisher, c."isSample"::text) AS value,
             count(*)::int AS count
      FROM m c
      GROUP BY GROUPING SETS ((c."authType"), (c.hosting), (c.scope), (c.lifecycle), (c.publisher), (c."isSample"), ())
    )
    SELECT (SELECT json_agg(p ORDER BY ${pageOrder} ${direction}, p.id ${direction}) FROM page p) AS items,
           (SELECT json_agg(f) FROM facets f) AS facets`;
  const rows = (result?.items ?? []).map((r) => ({ ...r, createdAt: new Date(`${r.createdAt}Z`), updatedAt: new Date(`${r.updatedAt}Z`) }));
  const facetRows = result?.facets ?? [];
  const page = rows.slice(0, query.limit).map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }));
  const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
  const nextCursor = last
    ? Buffer.from(JSON.stringify([query.sort === "title" ? last.title.toLowerCase() : (query.sort === "newest" ? last.createdAt : last.updatedAt).toISOString(), last.id])).toString("base64url")
    : null;
  const facets: CatalogPage["facets"] = { auth: [], hosting: [], scope: [], lifecycle: [], publisher: [], sample: [] };
  let total = 0;
  for (const row of facetRows) {
    if (row.dim === "total") total = Number(row.count);
    else if (row.value !== null) facets[row.dim as keyof CatalogPage["facets"]].push({ value: row.value, count: Number(row.count) });
  }
  for (const values of Object.values(facets)) values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  facets.publisher = facets.publisher.slice(0, 20);
  return { items: page.map(({ createdAt: _c, ...item }) => item), total, nextCursor, facets };
}
