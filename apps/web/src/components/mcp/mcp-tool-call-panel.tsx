"use client";

import { useState } from "react";

export type McpToolForm = {
  name: string;
  description: string;
  inputSchema: { properties?: Record<string, { type?: unknown; description?: string }>; required?: string[] };
};

type Property = { type?: unknown; description?: string };

function toValue(raw: string, property: Property): unknown {
  if (property.type === "number" || property.type === "integer") return raw === "" ? undefined : Number(raw);
  if (property.type === "boolean") return raw === "true";
  if (property.type === "object" || property.type === "array") return raw === "" ? undefined : (JSON.parse(raw) as unknown);
  return raw === "" ? undefined : raw;
}

/** A form built from a tool's input schema; calls tools/call through the hub and shows the result as sent. */
export function McpToolCallPanel({ slug, tools, needsKey }: { slug: string; tools: McpToolForm[]; needsKey: boolean }) {
  const [toolName, setToolName] = useState(tools[0]?.name ?? "");
  const [values, setValues] = useState<Record<string, string>>({});
  const [apiKey, setApiKey] = useState("");
  const [result, setResult] = useState<{ text: string; isError: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const tool = tools.find((t) => t.name === toolName);
  const properties = Object.entries(tool?.inputSchema.properties ?? {});
  const required = new Set(tool?.inputSchema.required ?? []);

  async function call() {
    setBusy(true);
    setResult(null);
    try {
      const args: Record<string, unknown> = {};
      for (const [name, property] of properties) {
        const value = toValue(values[name] ?? "", property);
        if (value !== undefined) args[name] = value;
      }
      const response = await fetch(`/api/v1/connectors/${slug}/mcp/tool-calls`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ tool: toolName, arguments: args, connection: apiKey ? { apiKey } : {} }),
      });
      const body = (await response.json()) as { result?: { isError?: boolean }; error?: { message?: string } };
      if (!response.ok) setResult({ text: body.error?.message ?? `HTTP ${response.status}`, isError: true });
      else setResult({ text: JSON.stringify(body.result, null, 2), isError: body.result?.isError === true });
    } catch (error) {
      setResult({ text: error instanceof SyntaxError ? `An object or array input is not valid JSON: ${error.message}` : String(error), isError: true });
    } finally {
      setBusy(false);
    }
  }

  if (tools.length === 0) return <p className="text-sm text-slate-600">No tools discovered yet: run a discovery on the connector page first.</p>;
  return (
    <section aria-labelledby="call-tool" className="space-y-3">
      <h2 id="call-tool" className="text-lg font-semibold">
        Call a tool
      </h2>
      <div className="flex max-w-md flex-col text-sm">
        <label htmlFor="mcp-tool">Tool</label>
        <select
          id="mcp-tool"
          value={toolName}
          onChange={(e) => {
            setToolName(e.target.value);
            setValues({});
            setResult(null);
          }}
          className="rounded border px-2 py-1"
        >
          {tools.map((t) => (
            <option key={t.name} value={t.name}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      {tool?.description ? <p className="max-w-3xl text-sm text-slate-700">{tool.description}</p> : null}
      <div className="grid max-w-3xl gap-3 text-sm">
        {properties.map(([name, property]) => (
          <label key={`${toolName}-${name}`} className="flex flex-col">
            <span>
              {name}
              {required.has(name) ? " (required)" : ""}{" "}
              <span className="text-slate-500">{typeof property.type === "string" ? property.type : JSON.stringify(property.type ?? "any")}</span>
            </span>
            {property.type === "object" || property.type === "array" ? (
              <textarea
                value={values[name] ?? ""}
                onChange={(e) => setValues({ ...values, [name]: e.target.value })}
                className="rounded border px-2 py-1 font-mono"
                rows={3}
              />
            ) : (
              <input
                type={property.type === "number" || property.type === "integer" ? "number" : "text"}
                value={values[name] ?? ""}
                onChange={(e) => setValues({ ...values, [name]: e.target.value })}
                className="rounded border px-2 py-1"
              />
            )}
            {property.description ? <span className="text-xs text-slate-600">{property.description}</span> : null}
          </label>
        ))}
        {needsKey ? (
          <label className="flex flex-col">
            API key (this call only)
            <input type="password" autoComplete="off" value={apiKey} onChange={(e) => setApiKey(e.target.value)} className="rounded border px-2 py-1" />
          </label>
        ) : null}
      </div>
      <button
        type="button"
        onClick={() => void call()}
        disabled={busy}
        className="rounded bg-brand px-3 py-1.5 text-sm text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {busy ? "Calling…" : `Call ${toolName}`}
      </button>
      {result ? (
        <div>
          <h3 className={`font-semibold ${result.isError ? "text-red-700" : ""}`}>{result.isError ? "The tool answered with an error" : "Result"}</h3>
          <pre className="max-h-96 overflow-auto rounded bg-slate-50 p-3 text-xs" data-testid="mcp-tool-result">
            {result.text}
          </pre>
        </div>
      ) : null}
    </section>
  );
}
