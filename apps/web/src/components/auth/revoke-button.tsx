"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";

type RevokeState = { error?: string } | null;

/**
 * One "End" or "Revoke" button of the sessions and tokens pages: a server action given the row's id; when it answers
 * without an error the page's list is read again, and a refusal is said beside the button.
 */
export function RevokeButton({
  id,
  label,
  text,
  action,
}: {
  id: string;
  label: string;
  text: string;
  action: (state: RevokeState, form: FormData) => Promise<RevokeState>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const router = useRouter();
  const done = state !== null && !state.error;
  useEffect(() => {
    if (done) router.refresh();
  }, [done, state, router]);
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        disabled={pending}
        aria-label={label}
        className="rounded border border-slate-300 px-2 py-0.5 hover:border-red-600 hover:text-red-700"
      >
        {text}
      </button>
      {state?.error ? (
        <span role="alert" className="ml-2 text-red-700">
          {state.error}
        </span>
      ) : null}
    </form>
  );
}
