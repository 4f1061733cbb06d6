"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { CallbackEvents } from "./callback-events.tsx";
import { TestCallResultView, type TestCallAnswer } from "./test-call-result-view.tsx";

export type TestParameter = { name: string; in: string; required: boolean; type: string; description: string; visibility: string | null };
export type TestOperation = {
  operationId: string;
  summary: string;
  method: string;
  path: string;
  kind: "ACTION" | "TRIGGER";
  triggerKind: "WEBHOOK" | "POLLING" | null;
  parameters: TestParameter[];
  /** The body built from the operation's schema (packages/definitions buildSampleBody), or null. */
  sampleBody: string | null;
};

type ConnectionField = { key: "apiKey" | "username" | "password" | "clientId" | "clientSecret" | "accessToken"; label: string; secret: boolean };

const CONNECTION_FIELDS: Record<string, ConnectionField[]> = {
  API_KEY: [{ key: "apiKey", label: "API key", secret: true }],
  BASIC: [
    { key: "username", label: "User name", secret: false },
    { key: "password", label: "Password", secret: true },
  ],
  OAUTH2: [
    { key: "clientId", label: "Client id", secret: false },
    { key: "clientSecret", label: "Client secret", secret: true },
    { key: "accessToken", label: "Or an access token", secret: true },
  ],
};

class TestCallFailed extends Error {}

async function postTestCall(payload: unknown): Promise<TestCallAnswer> {
  const response = await fetch("/api/v1/test-calls", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload) });
  const json = (await response.json().catch(() => null)) as (TestCallAnswer & { error?: { message?: string } }) | null;
  if (!response.ok || !json) throw new TestCallFailed(json?.error?.message ?? `The hub answered ${response.status}; try again.`);
  return json;
}

/** The Test tab: pick an operation, fill its parameters and your connection values, send it through the hub. */
export function TestCallPanel({
  slug,
  authType,
  operations,
  initialConnection = {},
}: {
  slug: string;
  authType: string;
  operations: TestOperation[];
  initialConnection?: Record<string, string>;
}) {
  const [operationId, setOperationId] = useState(operations[0]?.operationId ?? "");
  // Connection values stay in this component's memory only: no storage, no URL, cleared with the page.
  const [connection, setConnection] = useState<Record<string, string>>(initialConnection);
  // Each operation's body starts from its schema, so sending it unchanged is a request the API accepts.
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      operations.flatMap((o) => {
        const body = o.parameters.find((p) => p.in === "body");
        return body && o.sampleBody ? [[`${o.operationId}:${body.name}`, o.sampleBody]] : [];
      }),
    ),
  );
  const [subscription, setSubscription] = useState<{ token: string; url: string } | null>(null);
  const mutation = useMutation({
    mutationFn: postTestCall,
    onSuccess: (answer) => {
      if (answer.callback && answer.response.status < 300) setSubscription({ token: answer.callback.token, url: answer.callback.url });
    },
  });
  const operation = operations.find((o) => o.operationId === operationId);
  const visible = (operation?.parameters ?? []).filter((p) => p.visibility !== "internal");
  const fields = CONNECTION_FIELDS[authType] ?? [];

  function submit(event: FormEvent) {
    event.preventDefault();
    const sent = Object.fromEntries(visible.map((p) => [p.name, values[`${operationId}:${p.name}`] ?? ""]).filter(([, v]) => v !== ""));
    const filled = Object.fromEntries(Object.entries(connection).filter(([, v]) => v !== ""));
    const subscribeCallback = operation?.triggerKind === "WEBHOOK";
    mutation.mutate({ connector: slug, operationId, values: sent, connection: filled, subscribeCallback });
  }

  if (operations.length === 0) return <p className="text-slate-600">This connector has no operations to test.</p>;
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <form onSubmit={submit} className="space-y-5" aria-label="Test call">
        <div>
          <label htmlFor="test-operation" className="mb-1 block text-sm font-medium">
            Operation
          </label>
          <select
            id="test-operation"
            value={operationId}
            onChange={(e) => {
              setOperationId(e.target.value);
              mutation.reset();
            }}
            className="w-full rounded border border-slate-300 bg-white px-2 py-2"
          >
            {operations.map((o) => (
              <option key={o.operationId} value={o.operationId}>
                {o.operationId}
                {o.summary ? ` – ${o.summary}` : ""}
                {o.kind === "TRIGGER" ? ` (${o.triggerKind?.toLowerCase()} trigger)` : ""}
              </option>
            ))}
          </select>
          {operation ? (
            <p className="mt-1 font-mono text-xs text-slate-500">
              {operation.method} {operation.path}
            </p>
          ) : null}
          {operation?.triggerKind === "WEBHOOK" ? (
            <p className="mt-2 text-xs text-slate-600">
              Sending subscribes a callback URL the hub hosts (as the platform would its own); the events the API delivers there appear beside the response.
            </p>
          ) : null}
        </div>
        <fieldset className="space-y-3">
          <legend className="text-sm font-semibold">Parameters</legend>
          {visible.length === 0 ? <p className="text-xs text-slate-500">None.</p> : null}
          {visible.map((p) => {
            const id = `param-${p.name}`;
            const key = `${operationId}:${p.name}`;
            const text = p.in === "body" ? "Request body (JSON)" : `${p.name}${p.required ? " (required)" : ""}`;
            return (
              <div key={key}>
                <label htmlFor={id} className="mb-1 block text-sm">
                  {text}
                </label>
                {p.in === "body" ? (
                  <textarea
                    id={id}
                    rows={Math.min(16, Math.max(6, (values[key] ?? "").split("\n").length))}
                    value={values[key] ?? ""}
                    onChange={(e) => setValues({ ...values, [key]: e.target.value })}
                    placeholder="JSON"
                    className="w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs"
                  />
                ) : (
                  <input
                    id={id}
                    value={values[key] ?? ""}
                    onChange={(e) => setValues({ ...values, [key]: e.target.value })}
                    className="w-full rounded border border-slate-300 bg-white px-2 py-1"
                    aria-describedby={p.description ? `${id}-hint` : undefined}
                  />
                )}
                {p.description ? (
                  <p id={`${id}-hint`} className="text-xs text-slate-500">
                    {p.in} · {p.type} · {p.description}
                  </p>
                ) : null}
              </div>
            );
          })}
        </fieldset>
        {fields.length > 0 ? (
          <fieldset className="space-y-3">
            <legend className="text-sm font-semibold">Connection</legend>
            {fields.map((f) => (
              <div key={f.key}>
                <label htmlFor={`connection-${f.key}`} className="mb-1 block text-sm">
                  {f.label}
                </label>
                <input
                  id={`connection-${f.key}`}
                  type={f.secret ? "password" : "text"}
                  autoComplete="off"
                  value={connection[f.key] ?? ""}
                  onChange={(e) => setConnection({ ...connection, [f.key]: e.target.value })}
                  className="w-full rounded border border-slate-300 bg-white px-2 py-1"
                />
              </div>
            ))}
          </fieldset>
        ) : null}
        <button type="submit" disabled={mutation.isPending} className="rounded bg-brand px-4 py-2 text-white hover:bg-brand-dark disabled:opacity-60">
          {mutation.isPending ? "Sending…" : "Send request"}
        </button>
      </form>
      <section aria-label="Result" className="min-w-0 space-y-4">
        {mutation.isError ? (
          <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            {mutation.error.message}
          </p>
        ) : null}
        {subscription ? <CallbackEvents key={subscription.token} token={subscription.token} url={subscription.url} /> : null}
        {mutation.data ? <TestCallResultView answer={mutation.data} /> : null}
        {!mutation.data && !mutation.isError ? <p className="text-sm text-slate-500">The request and the API&apos;s response appear here.</p> : null}
      </section>
    </div>
  );
}
