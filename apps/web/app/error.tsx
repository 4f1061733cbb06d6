"use client";

import { useEffect, useState } from "react";

// Unexpected errors: the user sees a generic message and the reference to quote; details stay in the server log.
// In production the browser never learns why a page failed, so when it did, the page asks /api/health: with the
// database unreachable (behind a proxy that apps/web/server.ts's own check cannot see through, or lost mid-page), it
// says so and to retry, rather than "something went wrong".
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [databaseDown, setDatabaseDown] = useState(false);
  useEffect(() => {
    let live = true;
    fetch("/api/health", { cache: "no-store" })
      .then((response) => response.json() as Promise<{ database?: { reachable?: boolean } }>)
      .then((health) => {
        if (live && health.database?.reachable === false) setDatabaseDown(true);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [error]);
  if (databaseDown) {
    return (
      <div role="alert" className="mx-auto max-w-xl py-16 text-center">
        <h1 className="text-2xl font-semibold">The database is unreachable right now</h1>
        <p className="mt-3 text-slate-600">
          Connector Hub cannot reach its database, so it cannot show this page. Nothing you saved is lost. Try again in a few seconds; if it keeps failing, tell
          your administrator (
          <a className="underline" href="/api/health">
            /api/health
          </a>{" "}
          says which part is down).
        </p>
        <button type="button" onClick={reset} className="mt-6 rounded bg-brand px-4 py-2 text-white hover:bg-brand-dark">
          Try again
        </button>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-3 text-slate-600">
        The hub could not show this page. Try again; if it keeps failing, give your administrator the reference
        {error.digest ? <code className="mx-1 rounded bg-slate-100 px-1">{error.digest}</code> : null}.
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand px-4 py-2 text-white hover:bg-brand-dark">
        Try again
      </button>
    </div>
  );
}
