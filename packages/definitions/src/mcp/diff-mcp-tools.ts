// What changed between two discovered tool lists of one MCP server. The tools behind an MCP connector change without
// the connector changing, and agents pick the change up at once, so a change is breaking when an agent built on the
// old list can fail: a tool removed, or its input made stricter (a new required input, an input removed, a type
// changed, values narrowed to an enum). New tools and looser inputs are not breaking, but a new tool is one more thing
// an agent can now do, which reopens a sharing review.

import type { TJsonObject, TJsonValue } from "../types.ts";

export type TMcpToolChangeKind =
  | "tool-removed"
  | "tool-added"
  | "input-required-added"
  | "input-removed"
  | "input-type-changed"
  | "input-enum-narrowed"
  | "input-added"
  | "input-required-dropped"
  | "description-changed";

export interface McpToolChange {
  kind: TMcpToolChangeKind;
  tool: string;
  isBreaking: boolean;
  message: string;
}

function obj(value: TJsonValue | undefined): TJsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
}

function byName(tools: readonly TJsonValue[]): Map<string, TJsonObject> {
  const out = new Map<string, TJsonObject>();
  for (const t of tools) {
    const tool = obj(t);
    if (typeof tool.name === "string") out.set(tool.name, tool);
  }
  return out;
}

const required = (schema: TJsonObject) => new Set((Array.isArray(schema.required) ? schema.required : []).filter((r): r is string => typeof r === "string"));
const typeOf = (schema: TJsonValue | undefined) => JSON.stringify(obj(schema).type ?? null);

function diffInputs(name: string, before: TJsonObject, after: TJsonObject): McpToolChange[] {
  const out: McpToolChange[] = [];
  const a = obj(before.inputSchema);
  const b = obj(after.inputSchema);
  const pa = obj(a.properties);
  const pb = obj(b.properties);
  const ra = required(a);
  const rb = required(b);
  for (const input of Object.keys(pa)) {
    if (!(input in pb)) {
      out.push({
        kind: "input-removed",
        tool: name,
        isBreaking: true,
        message: `Tool "${name}" no longer takes input "${input}": agents that fill it now send an unknown input.`,
      });
      continue;
    }
    if (typeOf(pa[input]) !== typeOf(pb[input]))
      out.push({
        kind: "input-type-changed",
        tool: name,
        isBreaking: true,
        message: `Input "${input}" of tool "${name}" changed type from ${typeOf(pa[input])} to ${typeOf(pb[input])}.`,
      });
    const ea = obj(pa[input]).enum;
    const eb = obj(pb[input]).enum;
    if (Array.isArray(eb) && (!Array.isArray(ea) || ea.some((v) => !eb.some((w) => JSON.stringify(w) === JSON.stringify(v)))))
      out.push({
        kind: "input-enum-narrowed",
        tool: name,
        isBreaking: true,
        message: `Input "${input}" of tool "${name}" now accepts only ${eb.map((v) => JSON.stringify(v)).join(", ")}.`,
      });
  }
  for (const input of rb)
    if (!ra.has(input))
      out.push({ kind: "input-required-added", tool: name, isBreaking: true, message: `Tool "${name}" now requires input "${input}": calls without it fail.` });
  for (const input of Object.keys(pb))
    if (!(input in pa) && !rb.has(input))
      out.push({ kind: "input-added", tool: name, isBreaking: false, message: `Tool "${name}" takes a new optional input "${input}".` });
  for (const input of ra)
    if (!rb.has(input) && input in pb)
      out.push({ kind: "input-required-dropped", tool: name, isBreaking: false, message: `Input "${input}" of tool "${name}" is now optional.` });
  return out;
}

/** Every change from one tool list to the next, removed and breaking ones first. */
export function diffMcpTools(before: readonly TJsonValue[], after: readonly TJsonValue[]): McpToolChange[] {
  const a = byName(before);
  const b = byName(after);
  const out: McpToolChange[] = [];
  for (const [name] of a)
    if (!b.has(name)) out.push({ kind: "tool-removed", tool: name, isBreaking: true, message: `Tool "${name}" is gone: agents that use it fail.` });
  for (const [name, tool] of b) {
    const old = a.get(name);
    if (!old) {
      out.push({ kind: "tool-added", tool: name, isBreaking: false, message: `New tool "${name}": agents using this server can now call it.` });
      continue;
    }
    out.push(...diffInputs(name, old, tool));
    if ((old.description ?? "") !== (tool.description ?? ""))
      out.push({
        kind: "description-changed",
        tool: name,
        isBreaking: false,
        message: `The description of tool "${name}" changed: the orchestrator may now choose it differently.`,
      });
  }
  return out.sort((x, y) => Number(y.isBreaking) - Number(x.isBreaking));
}
