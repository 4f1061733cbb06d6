"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import type { EndSessionState } from "../../../app/auth/sessions/actions.ts";

/** One "End" button of the sessions page: a server action by id, then the list is read again. */
export function SessionEndButton({
  id,
  label,
  text,
  action,
}: {
  id: string;
  label: string;
  text: string;
  action: (state: EndSessionState, form: FormData) => Promise<EndSessionState>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const router = useRouter();
  const changed = state?.ended !== undefined;
  useEffect(() => {
    if (changed) router.refresh();
  }, [changed, state, router]);
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
