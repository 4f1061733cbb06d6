// Catalog pages recently computed in this process, keyed by query and by who may see what. Identical searches within
// the time-to-live share one database round trip (concurrent ones too: the pending promise is cached), which is what
// keeps facet counting over 100,000 rows off the hot path. Writes in this process clear it; other instances see a
// change after at most the time-to-live.
const MAX_ENTRIES = 1_000;
// On globalThis, not in module scope: Next.js may load this module once per server layer (pages, route handlers,
// server actions), and a write in one layer must clear what the others cached.
const store = globalThis as unknown as { hubCatalogCache?: Map<string, { at: number; page: Promise<unknown> }> };
const entries = (store.hubCatalogCache ??= new Map());

/** The cached page for `key`, or `compute()`'s, remembered for `ttlMs`; failures are never cached. */
export function cachedCatalogPage<TPage>(key: string, ttlMs: number, compute: () => Promise<TPage>): Promise<TPage> {
  if (ttlMs <= 0) return compute();
  const now = Date.now();
  const hit = entries.get(key);
  // One caller (listCatalog) puts and reads one kind of page, so what a key holds is what it was given.
  if (hit && now - hit.at < ttlMs) return hit.page as Promise<TPage>;
  if (entries.size >= MAX_ENTRIES) {
    for (const [k, e] of entries) if (now - e.at >= ttlMs) entries.delete(k);
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  }
  const page = compute();
  entries.set(key, { at: now, page });
  page.catch(() => entries.delete(key));
  return page;
}

/** Forgets every cached page (after an import or a new version, so the importer sees it at once). */
export function clearCatalogCache(): void {
  entries.clear();
}
