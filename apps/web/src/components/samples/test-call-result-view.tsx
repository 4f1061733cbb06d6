export type TestCallAnswer = {
  request: { method: string; url: string; headers: Record<string, string>; body: string | null };
  response: { status: number; headers: Record<string, string>; body: string; redirects: string[]; durationMs: number };
  callback?: { token: string; url: string; expiresAt: string; subscriptionUrl: string | null } | null;
};

function pretty(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

function Headers({ headers }: { headers: Record<string, string> }) {
  return (
    <pre className="overflow-x-auto rounded bg-slate-50 p-2 text-xs">
      {Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}`)
        .join("\n")}
    </pre>
  );
}

/** The request as sent (credentials hidden) and the API's answer. */
export function TestCallResultView({ answer }: { answer: TestCallAnswer }) {
  const { request, response } = answer;
  return (
    <div className="space-y-4">
      <section aria-labelledby="test-request" className="space-y-2">
        <h2 id="test-request" className="font-semibold">
          Request
        </h2>
        <p className="break-all font-mono text-xs">
          {request.method} {request.url}
        </p>
        <Headers headers={request.headers} />
        {request.body ? <pre className="overflow-x-auto rounded bg-slate-50 p-2 text-xs">{pretty(request.body)}</pre> : null}
      </section>
      <section aria-labelledby="test-response" className="space-y-2">
        <h2 id="test-response" className="font-semibold">
          Response
        </h2>
        <p className="text-sm">
          Status <strong data-testid="test-status">{response.status}</strong> · {response.durationMs} ms
          {response.redirects.length ? ` · redirected to ${response.redirects.join(", ")}` : ""}
        </p>
        <Headers headers={response.headers} />
        <pre data-testid="test-response-body" className="max-h-[32rem] overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100">
          {pretty(response.body) || "(empty body)"}
        </pre>
      </section>
    </div>
  );
}
