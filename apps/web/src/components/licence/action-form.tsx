"use client";

import { useActionState, type ReactNode } from "react";

type FormState = { error?: string; ok?: string } | null;

/** A form bound to a server action that answers with a sentence: an alert on refusal, a status on success. */
export function ActionForm({
  action,
  children,
  className,
  label,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  children: ReactNode;
  className?: string;
  label: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} aria-label={label} className={className}>
      <fieldset disabled={pending} className="contents">
        {children}
      </fieldset>
      {state?.error ? (
        <p role="alert" className="w-full text-red-700">
          {state.error}
        </p>
      ) : null}
      {state?.ok ? (
        <p role="status" className="w-full text-emerald-700">
          {state.ok}
        </p>
      ) : null}
    </form>
  );
}
