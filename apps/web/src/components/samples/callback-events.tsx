"use client";

import { useQuery } from "@tanstack/react-query";

type CallbackEvent = { id: string; receivedAt: string; headers: Record<string, string>; body: string };
type CallbackState = { operationId: string; subscriptionUrl: string | null; expiresAt: string; events: CallbackEvent[] };

function pretty(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

/** The events an API delivered to the callback the hub hosts for this subscription, refreshed every two seconds. */
export function CallbackEvents({ token, url }: { token: string; url: string }) {
  const query = useQuery({
    queryKey: ["callback", token],
    queryFn: async (): Promise<CallbackState> => {
      const response = await fetch(`/api/v1/callbacks/${encodeURIComponent(token)}`, { cache: "no-store" });
      if (!response.ok) throw new Error("The callback has expired; subscribe again.");
      return (await response.json()) as CallbackState;
    },
    refetchInterval: 2000,
  });
  const events = query.data?.events ?? [];
  return (
    <section aria-labelledby="callback-events" className="space-y-2 rounded border border-slate-200 bg-white p-3">
      <h2 id="callback-events" className="font-semibold">
        Events received
      </h2>
      <p className="break-all text-xs text-slate-600">
        The hub subscribed <code>{url}</code>
        {query.data?.subscriptionUrl ? (
          <>
            {" "}
            (subscription <code>{query.data.subscriptionUrl}</code>; call DeleteWebhook to unsubscribe)
          </>
        ) : null}
        . Make the event happen (for example, create an order) and it appears here.
      </p>
      {query.isError ? (
        <p role="alert" className="text-sm text-red-800">
          {query.error.message}
        </p>
      ) : null}
      <p className="text-sm" data-testid="callback-event-count">
        {events.length} event{events.length === 1 ? "" : "s"}
      </p>
      <ul className="space-y-2">
        {events.map((e) => (
          <li key={e.id} className="text-xs">
            <p className="text-slate-500">
              {new Date(e.receivedAt).toLocaleTimeString()} · {e.headers["x-sample-event"] ?? e.headers["content-type"] ?? "event"}
            </p>
            <pre className="max-h-64 overflow-auto rounded bg-slate-900 p-2 text-slate-100">{pretty(e.body)}</pre>
          </li>
        ))}
      </ul>
    </section>
  );
}
