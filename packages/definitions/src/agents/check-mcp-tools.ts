// Agent readiness of the tools an MCP server lists: the schema shapes Copilot Studio documents as breaking a tool
// (Learn, "MCP troubleshooting": $ref filters the tool out, a type array truncates the input schema, a numeric
// exclusiveMinimum throws System.FormatException, enum is read as a plain string), descriptions the orchestrator
// chooses by (CAT MCP readiness skill), and the 128-tool limit of an agent (Copilot Studio implementation guide).

import { MCP_TOOL_LIMIT } from "../rules/agent-rules.ts";
import { RULES_BY_ID } from "../rules/index.ts";
import { parseDefinition } from "../parse/parse-definition.ts";
import { joinPointer } from "../parse/json-pointer.ts";
import type { Finding, TJsonObject, TJsonValue } from "../types.ts";

export interface CheckMcpToolsOptions {
  /** A tools/list result ({ "tools": [...] }), the hub's discovery ({ "tools", "resources" }) or a bare array of tools. */
  tools: string | Uint8Array | TJsonValue;
  fileName?: string;
}

export interface McpToolsCheck {
  findings: Finding[];
  /** Tools that Copilot Studio would not show, or would break on (an error finding), by name. */
  notReady: string[];
  toolCount: number;
}

const MAX_DEPTH = 64;

function obj(value: TJsonValue | undefined): TJsonObject | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : undefined;
}

interface Hit {
  code: string;
  path: string;
  message: string;
}

/** Every object node of a schema with its pointer (depth-capped: a hostile server cannot make this recurse forever). */
function* walk(node: TJsonValue | undefined, pointer: string, depth = 0): Generator<{ node: TJsonObject; pointer: string }> {
  if (depth > MAX_DEPTH || node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* walk(node[i], joinPointer(pointer, i), depth + 1);
    return;
  }
  yield { node, pointer };
  for (const [key, child] of Object.entries(node)) {
    if (key === "enum" || key === "const" || key === "default" || key === "examples") continue;
    yield* walk(child, joinPointer(pointer, key), depth + 1);
  }
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

function checkTool(tool: TJsonObject, at: string, hits: Hit[]): void {
  const name = typeof tool.name === "string" ? tool.name : `#${at.split("/").pop() ?? "?"}`;
  const label = `Tool "${name}"`;
  const refs: string[] = [];
  const defs: string[] = [];
  for (const key of ["inputSchema", "outputSchema"] as const) {
    const base = joinPointer(at, key);
    for (const { node, pointer } of walk(tool[key], base)) {
      if (typeof node.$ref === "string") refs.push(joinPointer(pointer, "$ref"));
      for (const key of ["$defs", "definitions"]) if (obj(node[key])) defs.push(joinPointer(pointer, key));
      if (typeof node.exclusiveMinimum === "number")
        hits.push({
          code: "McpToolExclusiveMinimumNumber",
          path: joinPointer(pointer, "exclusiveMinimum"),
          message: `${label} sets "exclusiveMinimum": ${node.exclusiveMinimum} in its ${key}. Copilot Studio fails on a numeric exclusiveMinimum with System.FormatException (Learn, MCP troubleshooting). Use "minimum" and state the strict bound in the description.`,
        });
      if (key !== "inputSchema") continue;
      if (Array.isArray(node.type))
        hits.push({
          code: "McpToolTypeArray",
          path: joinPointer(pointer, "type"),
          message: `${label} has "type": ${JSON.stringify(node.type)} in its input schema. Copilot Studio truncates an input schema with a list of types (Learn, MCP troubleshooting). Give the field one type (drop "null" and leave it out of "required" instead).`,
        });
      if (Array.isArray(node.enum) && pointer !== base)
        hits.push({
          code: "McpToolEnumInput",
          path: joinPointer(pointer, "enum"),
          message: `${label} has an enum input (${node.enum.map((v) => JSON.stringify(v)).join(", ")}). Copilot Studio reads enum inputs as plain strings and does not enforce the values (Learn, MCP troubleshooting). List the allowed values in the field's description and check them on the server.`,
        });
    }
  }
  if (refs.length + defs.length > 0)
    hits.push({
      code: "McpToolSchemaRef",
      path: refs[0] ?? defs[0] ?? at,
      message: `${label} uses reference types (${refs.length} $ref, ${defs.length} $defs) in its schema. Copilot Studio does not support reference types and filters the tool out of the server's tool list, so agents never see it (Learn, MCP troubleshooting). Inline the referenced schemas in inputSchema and outputSchema.`,
    });
  const description = typeof tool.description === "string" ? tool.description.trim() : "";
  if (description === "")
    hits.push({
      code: "McpToolDescriptionMissing",
      path: at,
      message: `${label} has no description. The agent's orchestrator chooses tools by their description, and Copilot Studio does not let the agent enrich it (CAT MCP readiness). Write on the server what the tool does and when to use it.`,
    });
  else if (
    wordCount(description) < 4 ||
    description.toLowerCase() === name.toLowerCase() ||
    description.toLowerCase() === String(tool.title ?? "").toLowerCase()
  )
    hits.push({
      code: "McpToolDescriptionVague",
      path: joinPointer(at, "description"),
      message: `${label} is described only as ${JSON.stringify(description)}. The orchestrator chooses tools by their description (CAT MCP readiness): say the task and when to use it, such as "Lists products in stock; use when the user asks what can be ordered."`,
    });
}

/** Checks a discovered tool list for Copilot Studio; never throws for bad input (an unreadable list is a finding). */
export function checkMcpTools(options: CheckMcpToolsOptions): McpToolsCheck {
  const fileName = options.fileName ?? "tools.json";
  const isRaw = typeof options.tools === "string" || options.tools instanceof Uint8Array;
  const parsed = isRaw ? parseDefinition(options.tools as string | Uint8Array, { fileName }) : undefined;
  const findings: Finding[] = parsed ? [...parsed.findings] : [];
  const root = parsed ? parsed.document : (options.tools as TJsonValue);
  const list = Array.isArray(root) ? root : obj(root)?.tools;
  const base = Array.isArray(root) ? "" : "/tools";
  const locate = (path: string) => (parsed ? parsed.locate(path) : { line: 1, column: 1 });
  const toFinding = (h: Hit): Finding => ({ ...h, severity: RULES_BY_ID.get(h.code)?.severity ?? "warning", ...locate(h.path), file: fileName });
  if (!Array.isArray(list)) {
    if (findings.length === 0)
      findings.push({
        code: "McpToolListNotReadable",
        severity: "error",
        message: 'This is not a tool list. Give the result of tools/list ({ "tools": [...] }) or an array of tools.',
        path: "",
        line: 1,
        column: 1,
        file: fileName,
      });
    return { findings, notReady: [], toolCount: 0 };
  }
  const hits: Hit[] = [];
  const notReady: string[] = [];
  list.forEach((entry, i) => {
    const tool = obj(entry);
    if (!tool) return;
    const before = hits.length;
    checkTool(tool, joinPointer(base, i), hits);
    if (hits.slice(before).some((h) => RULES_BY_ID.get(h.code)?.severity === "error")) notReady.push(typeof tool.name === "string" ? tool.name : `#${i}`);
  });
  if (list.length > MCP_TOOL_LIMIT)
    hits.push({
      code: "McpToolCountOverLimit",
      path: base,
      message: `The server lists ${list.length} tools. An agent has at most ${MCP_TOOL_LIMIT} tools in all, counting every tool of every MCP server it uses (Copilot Studio implementation guide): split the server or expose fewer tools.`,
    });
  findings.push(...hits.map(toFinding));
  return { findings, notReady, toolCount: list.length };
}
