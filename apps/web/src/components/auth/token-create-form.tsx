"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import type { CreateTokenState } from "../../../app/auth/tokens/actions.ts";

const SCOPE_HELP: Record<string, string> = {
  validate: "validate definitions (POST /api/v1/validate)",
  "connectors:read": "read connectors, requests and eligibility",
  "connectors:write": "import connectors and upload versions",
};

/** Creates a token and shows its secret this one time; reloading the page forgets it. */
export function TokenCreateForm({
  action,
  scopes,
}: {
  action: (state: CreateTokenState, form: FormData) => Promise<CreateTokenState>;
  scopes: readonly string[];
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const router = useRouter();
  const changed = Boolean(state?.secret);
  useEffect(() => {
    if (changed) router.refresh();
  }, [changed, state, router]);
  return (
    <form action={formAction} className="space-y-3 rounded border border-slate-200 bg-white p-4">
      <label className="block text-sm">
        <span className="font-medium">Name</span>
        <input
          name="name"
          required
          maxLength={80}
          placeholder="invoices repository CI"
          className="mt-1 block w-full max-w-md rounded border border-slate-300 px-2 py-1"
        />
      </label>
      <fieldset className="text-sm">
        <legend className="font-medium">Scopes</legend>
        {scopes.map((s) => (
          <label key={s} className="mt-1 flex items-center gap-2">
            <input type="checkbox" name={`scope:${s}`} defaultChecked={s === "validate"} />
            <code>{s}</code> <span className="text-slate-500">{SCOPE_HELP[s]}</span>
          </label>
        ))}
      </fieldset>
      <label className="block text-sm">
        <span className="font-medium">Expires after (days)</span>
        <input name="expiresInDays" type="number" min={1} max={365} defaultValue={90} className="mt-1 block w-28 rounded border border-slate-300 px-2 py-1" />
      </label>
      <button type="submit" disabled={pending} className="rounded bg-brand px-3 py-1.5 text-sm font-medium text-white disabled:opacity-50">
        Create token
      </button>
      {state?.error ? (
        <p role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      ) : null}
      {state?.secret ? (
        <div role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm">
          <p>
            Token <strong>{state.name}</strong> created. Copy it now: it will not be shown again.
          </p>
          <code data-testid="new-token-secret" className="mt-2 block break-all">
            {state.secret}
          </code>
        </div>
      ) : null}
    </form>
  );
}
