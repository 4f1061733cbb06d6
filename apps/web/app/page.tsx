import { findPublishedMatches, listCatalog } from "@connector-hub/db";
import { CatalogBrowser } from "@/components/catalog/catalog-browser.tsx";
import { catalogViewer, getViewer } from "@/server/auth/viewer.ts";
import { db } from "@/server/db.ts";
import { env } from "@/server/env.ts";

export const dynamic = "force-dynamic";

type Search = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

// The first page is rendered here (fast first paint, works without JavaScript); CatalogBrowser takes over from there.
export default async function CatalogPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const query = Object.fromEntries(Object.entries(search).flatMap(([k, v]) => (first(v) ? [[k, first(v)!]] : [])));
  const q = query.q?.trim() ?? "";
  const [page, published] = await Promise.all([
    listCatalog(db(), query, catalogViewer(await getViewer()), { cacheTtlMs: env().HUB_CATALOG_CACHE_SECONDS * 1000 }),
    // Issue 23: published connectors matching the search, in a section of their own (first paint without JavaScript).
    q.length >= 3 ? findPublishedMatches(db(), { host: q, title: q, limit: 6 }) : Promise.resolve([]),
  ]);
  return <CatalogBrowser key={JSON.stringify(query)} initialPage={page} initialQuery={query} initialPublished={{ q, matches: published }} />;
}
