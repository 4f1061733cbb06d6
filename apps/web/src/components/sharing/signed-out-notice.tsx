/** Shown instead of a page that needs a signed-in person. */
export function SignedOutNotice({ returnTo, what }: { returnTo: string; what: string }) {
  return (
    <section className="max-w-xl space-y-3">
      <h1 className="text-2xl font-semibold">Sign in to see {what}</h1>
      <p className="text-slate-700">Connector Hub shows {what} only to people signed in with their work account.</p>
      <a
        href={`/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`}
        className="inline-block rounded bg-brand px-3 py-1.5 text-white no-underline hover:no-underline"
      >
        Sign in
      </a>
    </section>
  );
}
