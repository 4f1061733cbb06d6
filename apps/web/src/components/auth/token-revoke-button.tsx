"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import type { CreateTokenState } from "../../../app/auth/tokens/actions.ts";

export function TokenRevokeButton({
  id,
  name,
  action,
}: {
  id: string;
  name: string;
  action: (state: CreateTokenState, form: FormData) => Promise<CreateTokenState>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const router = useRouter();
  const changed = Boolean(state?.revoked);
  useEffect(() => {
    if (changed) router.refresh();
  }, [changed, state, router]);
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`Revoke ${name}`}
        className="rounded border border-slate-300 px-2 py-0.5 hover:border-red-600 hover:text-red-700"
      >
        Revoke
      </button>
      {state?.error ? (
        <span role="alert" className="ml-2 text-red-700">
          {state.error}
        </span>
      ) : null}
    </form>
  );
}
