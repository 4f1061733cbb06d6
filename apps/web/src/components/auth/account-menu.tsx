import { getViewer } from "@/server/auth/viewer.ts";

const roleLabel = (v: { isAdmin: boolean; isMaker: boolean }) => (v.isAdmin ? "Administrator" : v.isMaker ? "Maker" : "Builder");

/** Who is signed in, with sign-out; or a sign-in link. Sign-out is a POST form so a link elsewhere cannot trigger it. */
export async function AccountMenu() {
  const viewer = await getViewer().catch(() => null);
  if (!viewer) {
    return (
      <a href="/auth/sign-in" className="ml-auto rounded bg-brand px-3 py-1.5 text-sm font-medium text-white no-underline hover:no-underline">
        Sign in
      </a>
    );
  }
  return (
    <div className="ml-auto flex flex-wrap items-center gap-3 text-sm" aria-label="Account" role="group">
      <span className="text-slate-700" data-testid="signed-in-as">
        {viewer.displayName} <span className="text-slate-500">({roleLabel(viewer)})</span>
      </span>
      <a href="/auth/tokens" className="text-slate-700 hover:text-brand">
        API tokens
      </a>
      <a href="/auth/sessions" className="text-slate-700 hover:text-brand">
        Your sessions
      </a>
      <form method="post" action="/auth/sign-out">
        <button type="submit" className="rounded border border-slate-300 px-3 py-1 text-slate-700 hover:border-brand hover:text-brand">
          Sign out
        </button>
      </form>
    </div>
  );
}
