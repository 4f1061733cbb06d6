import { listCatalog, type CatalogPage } from "@connector-hub/db";
import Link from "next/link";
import { ConnectorCard } from "@/components/connector-card.tsx";
import { AUTH_LABELS, HOSTING_LABELS, label, LIFECYCLE_LABELS, SAMPLE_LABELS, SCOPE_LABELS } from "@/components/labels.ts";
import { db } from "@/server/db.ts";
import { catalogViewer, getViewer } from "@/server/auth/viewer.ts";

export const dynamic = "force-dynamic";

type Search = Record<string, string | string[] | undefined>;
const FACETS: { key: keyof CatalogPage["facets"]; title: string; labels?: Record<string, string> }[] = [
  { key: "auth", title: "Authentication", labels: AUTH_LABELS },
  { key: "hosting", title: "Hosting", labels: HOSTING_LABELS },
  { key: "scope", title: "Sharing scope", labels: SCOPE_LABELS },
  { key: "lifecycle", title: "Lifecycle", labels: LIFECYCLE_LABELS },
  { key: "publisher", title: "Publisher" },
  { key: "sample", title: "Samples", labels: SAMPLE_LABELS },
];

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function toggleHref(search: Search, key: string, value: string): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(search)) if (k !== "cursor" && first(v)) params.set(k, first(v)!);
  const current = (params.get(key) ?? "").split(",").filter(Boolean);
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  if (next.length) params.set(key, next.join(","));
  else params.delete(key);
  const qs = params.toString();
  return qs ? `/?${qs}` : "/";
}

export default async function CatalogPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const query = Object.fromEntries(Object.entries(search).map(([k, v]) => [k, first(v)]));
  const page = await listCatalog(db(), query, catalogViewer(await getViewer()));
  const nextParams = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1])));
  if (page.nextCursor) nextParams.set("cursor", page.nextCursor);
  return (
    <div className="grid gap-8 md:grid-cols-[220px_1fr]">
      <aside aria-label="Filters" className="space-y-6">
        {FACETS.map((facet) => (
          <section key={facet.key}>
            <h2 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">{facet.title}</h2>
            <ul className="space-y-1 text-sm">
              {page.facets[facet.key].map((f) => {
                const selected = (first(search[facet.key]) ?? "").split(",").includes(f.value);
                return (
                  <li key={f.value}>
                    <Link href={toggleHref(search, facet.key, f.value)} aria-current={selected ? "true" : undefined} className={selected ? "font-semibold" : "text-slate-700"}>
                      {selected ? "✓ " : ""}
                      {facet.labels ? label(facet.labels, f.value) : f.value} <span className="text-slate-500">({f.count})</span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </aside>
      <section>
        <form role="search" action="/" className="mb-6 flex gap-2">
          <label htmlFor="q" className="sr-only">Search connectors</label>
          <input id="q" name="q" type="search" defaultValue={query.q ?? ""} placeholder="Search title, description, publisher, host, operations"
            className="w-full rounded border border-slate-300 bg-white px-3 py-2" />
          <select name="sort" defaultValue={query.sort ?? "title"} aria-label="Sort" className="rounded border border-slate-300 bg-white px-2">
            <option value="title">Title</option>
            <option value="newest">Newest</option>
            <option value="updated">Recently updated</option>
          </select>
          <button className="rounded bg-brand px-4 py-2 text-white hover:bg-brand-dark">Search</button>
        </form>
        <h1 className="mb-4 text-lg font-semibold">
          {page.total} connector{page.total === 1 ? "" : "s"}
          {query.q ? <> matching “{query.q}”</> : null}
        </h1>
        {page.items.length === 0 ? (
          <p className="text-slate-600">No connector matches. Remove a filter or search for something else.</p>
        ) : (
          <div className="grid gap-4 lg:grid-cols-2 xl:grid-cols-3">
            {page.items.map((item) => (
              <ConnectorCard key={item.id} item={item} />
            ))}
          </div>
        )}
        {page.nextCursor ? (
          <p className="mt-6">
            <Link href={`/?${nextParams.toString()}`} rel="next">Next page →</Link>
          </p>
        ) : null}
      </section>
    </div>
  );
}
