"use client";

import { useQuery } from "@tanstack/react-query";
import { PublishedMatches, type PublishedMatch } from "./published-matches.tsx";

async function fetchPublished(q: string, signal: AbortSignal): Promise<PublishedMatch[]> {
  const params = new URLSearchParams({ host: q, title: q, limit: "6" });
  const response = await fetch(`/api/v1/published-connectors/matches?${params.toString()}`, { signal });
  if (!response.ok) return [];
  return ((await response.json()) as { matches: PublishedMatch[] }).matches;
}

/**
 * Beside the catalog's results: the connectors Microsoft's repository publishes that match the search (title by
 * pg_trgm, or the host when the search is one), so a builder learns the connector exists outside the catalog.
 */
export function PublishedSearchSection({ q, initial }: { q: string; initial?: { q: string; matches: PublishedMatch[] } }) {
  const term = q.trim();
  const { data } = useQuery({
    queryKey: ["published-search", term],
    enabled: term.length >= 3,
    queryFn: ({ signal }) => fetchPublished(term, signal),
    initialData: initial && initial.q === term ? initial.matches : undefined,
    staleTime: 60_000,
  });
  const matches = term.length >= 3 ? (data ?? []) : [];
  if (matches.length === 0) return null;
  return (
    <section aria-labelledby="published-heading" className="mt-8 space-y-2 text-sm">
      <h2 id="published-heading" className="text-base font-semibold">
        Published by Microsoft&apos;s repository: {matches.length} connector{matches.length === 1 ? "" : "s"} outside this catalog
      </h2>
      <p className="text-slate-600">
        Certified and independent-publisher connectors from microsoft/PowerPlatformConnectors that match “{term}”. Ask your administrator whether your
        environment allows them before building your own.
      </p>
      <PublishedMatches matches={matches} label="Published connectors matching the search" />
    </section>
  );
}
