"use client";

import { useState } from "react";
import { ErrorAlert } from "@/components/form-fields.tsx";

interface OperationInput {
  operationId: string;
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  summary: string;
}

export type BuildDefinition = (form: {
  title: string;
  host: string;
  basePath: string;
  authType: "NONE" | "API_KEY" | "BASIC" | "OAUTH2";
  operations: OperationInput[];
}) => Promise<{ ok: true; text: string } | { ok: false; message: string }>;

const input = "w-full rounded border border-slate-300 bg-white px-2 py-1";

/** "Start from scratch": the few facts a definition needs, turned into OpenAPI 2.0 on the server. */
export function ScratchForm({ build: buildDefinition, onBuilt }: { build: BuildDefinition; onBuilt: (text: string) => void }) {
  const [title, setTitle] = useState("");
  const [host, setHost] = useState("");
  const [basePath, setBasePath] = useState("/");
  const [authType, setAuthType] = useState("NONE");
  const [operations, setOperations] = useState<OperationInput[]>([{ operationId: "ListItems", method: "get", path: "/items", summary: "List items" }]);
  const [error, setError] = useState<string | null>(null);
  const setOp = (i: number, patch: Partial<OperationInput>) => setOperations((ops) => ops.map((op, j) => (j === i ? { ...op, ...patch } : op)));

  async function build() {
    const result = await buildDefinition({ title, host, basePath, authType: authType as "NONE", operations });
    if (!result.ok) setError(result.message);
    else {
      setError(null);
      onBuilt(result.text);
    }
  }

  return (
    <fieldset className="space-y-3 rounded border border-slate-200 bg-white p-4 text-sm">
      <legend className="font-medium">Start from scratch</legend>
      <label className="block">
        Title
        <input className={input} value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className="block">
        Host
        <input className={input} value={host} placeholder="api.contoso.com" onChange={(e) => setHost(e.target.value)} />
      </label>
      <label className="block">
        Base path
        <input className={input} value={basePath} onChange={(e) => setBasePath(e.target.value)} />
      </label>
      <label className="block">
        Security
        <select className={input} value={authType} onChange={(e) => setAuthType(e.target.value)}>
          <option value="NONE">None</option>
          <option value="API_KEY">API key</option>
          <option value="BASIC">Basic</option>
          <option value="OAUTH2">OAuth 2.0</option>
        </select>
      </label>
      {/* Column labels for sighted people; each field keeps its own accessible name. */}
      <div aria-hidden="true" className="grid grid-cols-4 gap-2 text-xs font-medium text-slate-600">
        <span>Operation id</span>
        <span>Method</span>
        <span>Path</span>
        <span>Summary</span>
      </div>
      {operations.map((op, i) => (
        <div key={i} className="grid grid-cols-4 gap-2" role="group" aria-label={`Operation ${i + 1}`}>
          <input className={input} aria-label="Operation id" value={op.operationId} onChange={(e) => setOp(i, { operationId: e.target.value })} />
          <select className={input} aria-label="Method" value={op.method} onChange={(e) => setOp(i, { method: e.target.value as OperationInput["method"] })}>
            {["get", "post", "put", "patch", "delete"].map((m) => (
              <option key={m} value={m}>
                {m.toUpperCase()}
              </option>
            ))}
          </select>
          <input className={input} aria-label="Path" value={op.path} onChange={(e) => setOp(i, { path: e.target.value })} />
          <input className={input} aria-label="Summary" value={op.summary} onChange={(e) => setOp(i, { summary: e.target.value })} />
        </div>
      ))}
      <div className="flex gap-3">
        <button
          type="button"
          className="rounded border border-slate-300 px-3 py-1"
          onClick={() => setOperations((ops) => [...ops, { operationId: `Operation${ops.length + 1}`, method: "get", path: "/", summary: "" }])}
        >
          Add an operation
        </button>
        <button type="button" className="rounded bg-brand px-3 py-1 text-white" onClick={build}>
          Build definition
        </button>
      </div>
      <ErrorAlert message={error} />
    </fieldset>
  );
}
