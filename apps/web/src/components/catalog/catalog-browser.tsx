"use client";

import type { CatalogPage } from "@connector-hub/db";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { ConnectorCard } from "../connector-card.tsx";
import { PublishedSearchSection } from "./published-search-section.tsx";
import type { PublishedMatch } from "./published-matches.tsx";
import { AUTH_LABELS, HOSTING_LABELS, KIND_LABELS, label, LIFECYCLE_LABELS, SAMPLE_LABELS, SCOPE_LABELS } from "../labels.ts";

type Query = Record<string, string>;

const FACETS: { key: keyof CatalogPage["facets"]; title: string; labels?: Record<string, string> }[] = [
  { key: "kind", title: "Kind", labels: KIND_LABELS },
  { key: "auth", title: "Authentication", labels: AUTH_LABELS },
  { key: "hosting", title: "Hosting", labels: HOSTING_LABELS },
  { key: "scope", title: "Sharing scope", labels: SCOPE_LABELS },
  { key: "lifecycle", title: "Lifecycle", labels: LIFECYCLE_LABELS },
  { key: "publisher", title: "Publisher" },
  { key: "sample", title: "Samples", labels: SAMPLE_LABELS },
];

function toSearch(query: Query): string {
  const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== ""));
  return params.toString();
}

function toggled(query: Query, key: string, value: string): Query {
  const current = (query[key] ?? "").split(",").filter(Boolean);
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const { cursor: _cursor, ...rest } = query;
  return { ...rest, [key]: next.join(",") };
}

async function fetchPage(query: Query, signal: AbortSignal): Promise<CatalogPage> {
  const response = await fetch(`/api/v1/connectors?${toSearch(query)}`, { signal });
  const body = (await response.json()) as CatalogPage & { error?: { message: string } };
  if (!response.ok || body.error) throw new Error(body.error?.message ?? `The catalog could not be loaded (HTTP ${response.status}).`);
  return body;
}

/**
 * The catalog after its server-rendered first page: search, facets, sort and paging fetch through react-query and
 * keep their state in the URL (shareable; back and forward work), without reloading the page.
 */
export function CatalogBrowser({
  initialPage,
  initialQuery,
  initialPublished,
}: {
  initialPage: CatalogPage;
  initialQuery: Query;
  initialPublished?: { q: string; matches: PublishedMatch[] };
}) {
  const [query, setQuery] = useState<Query>(initialQuery);
  const [text, setText] = useState(initialQuery.q ?? "");
  const initialKey = toSearch(initialQuery);
  const { data, error, isFetching } = useQuery({
    queryKey: ["catalog", toSearch(query)],
    queryFn: ({ signal }) => fetchPage(query, signal),
    initialData: toSearch(query) === initialKey ? initialPage : undefined,
    placeholderData: keepPreviousData,
  });
  const page = data ?? initialPage;

  function go(next: Query, mode: "push" | "replace" = "push") {
    setQuery(next);
    const qs = toSearch(next);
    window.history[mode === "push" ? "pushState" : "replaceState"](null, "", qs ? `/?${qs}` : "/");
  }

  useEffect(() => {
    const onPop = () => {
      const next = Object.fromEntries(new URLSearchParams(window.location.search).entries());
      setQuery(next);
      setText(next.q ?? "");
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  // Searching as the maker types, once they pause; the URL follows without adding a history entry per keystroke.
  useEffect(() => {
    if (text === (query.q ?? "")) return;
    const timer = setTimeout(() => {
      const { cursor: _cursor, ...rest } = query;
      go({ ...rest, q: text }, "replace");
    }, 300);
    return () => clearTimeout(timer);
  }, [text, query]);

  const { cursor: _cursor, ...withoutCursor } = query;
  return (
    <div className="grid grid-cols-1 gap-8 md:grid-cols-[220px_minmax(0,1fr)]">
      <section aria-busy={isFetching} className="min-w-0 md:col-start-2 md:row-start-1">
        <form
          role="search"
          action="/"
          className="mb-6 flex flex-wrap gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            go({ ...withoutCursor, q: text });
          }}
        >
          <label htmlFor="q" className="sr-only">
            Search connectors
          </label>
          <input
            id="q"
            name="q"
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="Search words in titles, descriptions, publishers, hosts, operations"
            className="min-w-0 flex-1 basis-56 rounded border border-slate-300 bg-white px-3 py-2"
          />
          <select
            name="sort"
            value={query.sort ?? "title"}
            aria-label="Sort"
            className="rounded border border-slate-300 bg-white px-2"
            onChange={(e) => go({ ...withoutCursor, sort: e.target.value })}
          >
            <option value="title">Title</option>
            <option value="newest">Newest</option>
            <option value="updated">Recently updated</option>
          </select>
          <button className="rounded bg-brand px-4 py-2 text-white hover:bg-brand-dark">Search</button>
        </form>
        {error ? (
          <p role="alert" className="mb-4 text-red-700">
            {error.message}
          </p>
        ) : null}
        <h1 className="mb-4 text-lg font-semibold">
          {page.total} connector{page.total === 1 ? "" : "s"}
          {query.q ? <> matching “{query.q}”</> : null}
        </h1>
        {page.items.length === 0 ? (
          <p className="text-slate-600">
            No connector matches. Remove a filter or search for something else
            {query.q ? <>: every word must match the start of a word (“inv” finds “Invoices”, “voice” does not)</> : null}.
          </p>
        ) : (
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-2 xl:grid-cols-3">
            {page.items.map((item) => (
              <ConnectorCard key={item.id} item={item} />
            ))}
          </div>
        )}
        <p className="mt-6 flex gap-6">
          {query.cursor ? (
            <a
              href={`/?${toSearch(withoutCursor)}`}
              onClick={(e) => {
                e.preventDefault();
                go(withoutCursor);
              }}
            >
              ← First page
            </a>
          ) : null}
          {page.nextCursor ? (
            <a
              href={`/?${toSearch({ ...query, cursor: page.nextCursor })}`}
              rel="next"
              onClick={(e) => {
                e.preventDefault();
                go({ ...query, cursor: page.nextCursor! });
              }}
            >
              Next page →
            </a>
          ) : null}
        </p>
        <PublishedSearchSection q={query.q ?? ""} initial={initialPublished} />
      </section>
      {/* After the results in the page order, so keyboard users reach the search box first; shown on the left. */}
      <aside aria-label="Filters" className="space-y-6 md:col-start-1 md:row-start-1">
        {FACETS.map((facet) => (
          <section key={facet.key}>
            <h2 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">{facet.title}</h2>
            <ul className="space-y-1 text-sm">
              {page.facets[facet.key].map((f) => {
                const selected = (query[facet.key] ?? "").split(",").includes(f.value);
                const next = toggled(query, facet.key, f.value);
                return (
                  <li key={f.value}>
                    <a
                      href={`/?${toSearch(next)}`}
                      aria-current={selected ? "true" : undefined}
                      className={selected ? "font-semibold" : "text-slate-700"}
                      onClick={(e) => {
                        e.preventDefault();
                        go(next);
                      }}
                    >
                      {selected ? "✓ " : ""}
                      {facet.labels ? label(facet.labels, f.value) : f.value} <span className="text-slate-500">({f.count})</span>
                    </a>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </aside>
    </div>
  );
}
