import type { DbOrTx } from "../audit/record-audit-event.ts";

/**
 * The first free address for `base`: `base`, else `base-2`, `base-3`, ... Held under a transaction-level advisory lock
 * on the base until the caller's transaction ends, so parallel imports with the same title (on any instance) each get
 * the next free one instead of clashing on the unique index.
 */
export async function claimFreeSlug(tx: DbOrTx, base: string): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`connector-hub:slug:${base}`}, 0))`;
  const rows = await tx.$queryRaw<Array<{ slug: string }>>`SELECT slug FROM "Connector" WHERE slug = ${base} OR starts_with(slug, ${`${base}-`})`;
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
