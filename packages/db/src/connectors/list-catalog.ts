import { z } from "zod";
import { AppError } from "../app-error.ts";
import type { Db } from "../client.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { AuthType, Hosting, Lifecycle, SharingScope } from "../generated/prisma/enums.ts";

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

/** Who is looking: the catalog only lists what they may read. */
export interface CatalogViewer {
  userId: string | null;
  groupIds: string[];
  isAdmin: boolean;
}

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

function visibility(viewer: CatalogViewer): Prisma.Sql {
  if (viewer.isAdmin) return Prisma.sql`TRUE`;
  const shared = viewer.userId
    ? Prisma.sql`OR c."ownerId" = ${viewer.userId} OR EXISTS (SELECT 1 FROM "Share" s WHERE s."connectorId" = c.id AND s."revokedAt" IS NULL
        AND (s."userId" = ${viewer.userId} ${viewer.groupIds.length ? Prisma.sql`OR s."groupId" IN (${Prisma.join(viewer.groupIds)})` : Prisma.empty}))`
    : Prisma.empty;
  return Prisma.sql`(c.scope IN ('ORGANIZATION', 'PUBLIC') ${shared})`;
}

function filters(query: ParsedQuery, viewer: CatalogViewer): Prisma.Sql {
  const parts: Prisma.Sql[] = [visibility(viewer)];
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

/** One page of the catalog with facet counts of the whole result, paged by keyset so page 4,000 costs what page 1 does. */
export async function listCatalog(db: Db, rawQuery: CatalogQuery, viewer: CatalogViewer): Promise<CatalogPage> {
  const query = ZCatalogQuery.parse(rawQuery);
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
  const [rows, facetRows] = await Promise.all([
    db.$queryRaw<(CatalogItem & { createdAt: Date; updatedAt: Date })[]>`
      SELECT c.id, c.slug, c.title, c.description, c.publisher, c.host, c."brandColor", c."authType"::text AS "authType",
             c.hosting::text AS hosting, c.scope::text AS scope, c.lifecycle::text AS lifecycle, c."isSample",
             c."actionCount", c."triggerCount", c."errorCount", c."warningCount", c."createdAt", c."updatedAt"
      FROM "Connector" c WHERE ${where} ${keyset}
      ORDER BY ${sort.column} ${direction}, c.id ${direction} LIMIT ${query.limit + 1}`,
    db.$queryRaw<{ dim: string; value: string | null; count: bigint }[]>`
      SELECT CASE WHEN GROUPING(c."authType") = 0 THEN 'auth' WHEN GROUPING(c.hosting) = 0 THEN 'hosting'
                  WHEN GROUPING(c.scope) = 0 THEN 'scope' WHEN GROUPING(c.lifecycle) = 0 THEN 'lifecycle'
                  WHEN GROUPING(c.publisher) = 0 THEN 'publisher' WHEN GROUPING(c."isSample") = 0 THEN 'sample' ELSE 'total' END AS dim,
             COALESCE(c."authType"::text, c.hosting::text, c.scope::text, c.lifecycle::text, c.publisher, c."isSample"::text) AS value,
             count(*) AS count
      FROM "Connector" c WHERE ${where}
      GROUP BY GROUPING SETS ((c."authType"), (c.hosting), (c.scope), (c.lifecycle), (c.publisher), (c."isSample"), ())`,
  ]);
  const page = rows.slice(0, query.limit).map((r) => ({ ...r, description: r.description.slice(0, 300), updatedAt: r.updatedAt.toISOString() }));
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
