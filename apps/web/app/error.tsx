"use client";

// Unexpected errors: the user sees a generic message and the reference to quote; details stay in the server log.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
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
