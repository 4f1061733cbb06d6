// The agent-readiness profile (`--profile agent`): what Copilot Studio needs of a connector handed to an agent.
// REST operations used as tools run through the rule table like any rule (only in that profile); the tools an MCP
// server lists are checked by checkMcpTools (src/agents/), whose codes are declared here so reports, SARIF and the
// README name them like every other rule.
// Sources: Learn "Use connectors in generative orchestration" (the summary and description are the tool's name and
// what the orchestrator reads to choose it; x-ms-summary names each input), "Connector request failure" (a response
// over 500 KB fails the tool), "MCP troubleshooting" (the schema shapes below).

import { findMcpOperations } from "../mcp/find-mcp-operations.ts";
import { joinPointer } from "../parse/json-pointer.ts";
import type { TJsonObject } from "../types.ts";
import { asObject, asString, describeOperation } from "./rule-helpers.ts";
import { NONE, defineRule, type EngineRule, type OperationTarget, type Rule } from "./rule-types.ts";

/** Operations an agent can be given as a tool: actions that are not internal, deprecated, triggers or the MCP operation. */
function isAgentTool(o: OperationTarget): boolean {
  if (o.isTrigger || o.op["x-ms-visibility"] === "internal" || o.op.deprecated === true) return false;
  if (o.op["x-ms-agentic-protocol"] !== undefined) return false;
  return !o.ctx.memo("mcpPointers", () => new Set(findMcpOperations(o.ctx.doc).map((m) => m.pointer))).has(o.pointer);
}

const blank = (value: unknown) => typeof value !== "string" || value.trim() === "";

/** A 200/201/default response whose body is a list (or an object carrying one), after following one $ref. */
function listResponse(o: OperationTarget): string | undefined {
  const responses = asObject(o.op.responses) ?? {};
  for (const status of ["200", "201", "default"]) {
    const response = asObject(responses[status]);
    if (!response) continue;
    const resolve = (node: TJsonObject | undefined) => (node && typeof node.$ref === "string" ? asObject(o.ctx.resolve(node.$ref)) : node);
    const schema = resolve(asObject(response.schema));
    if (!schema) continue;
    if (schema.type === "array") return joinPointer(o.pointer, "responses", status);
    const properties = asObject(schema.properties) ?? {};
    if (Object.values(properties).some((p) => resolve(asObject(p))?.type === "array")) return joinPointer(o.pointer, "responses", status);
  }
  return undefined;
}

const FILTER_NAME = /top|limit|filter|search|query|^q$|page|size|count|max|since|until|from|^to$|select|skip|cursor|offset|first|last/i;

export const AGENT_RULES: Rule[] = [
  defineRule({
    id: "AgentToolSummaryMissing",
    severity: "warning",
    group: "Agents",
    origin: "hub",
    isAgentOnly: true,
    description: "An action has no summary: Copilot Studio shows it as the tool's name and the orchestrator reads it to choose the tool.",
    node: "operation",
    check: (o) =>
      isAgentTool(o) && blank(o.op.summary)
        ? [
            {
              message: `${describeOperation(o.op, o.method, o.path)} has no summary. An agent's orchestrator picks tools by their summary and description: write a short summary naming the task, such as "List open orders".`,
              path: o.pointer,
            },
          ]
        : NONE,
  }),
  defineRule({
    id: "AgentToolDescriptionMissing",
    severity: "warning",
    group: "Agents",
    origin: "hub",
    isAgentOnly: true,
    description: "An action has no description: generative orchestration chooses a tool by its description, which an agent cannot enrich.",
    node: "operation",
    check: (o) =>
      isAgentTool(o) && blank(o.op.description)
        ? [
            {
              message: `${describeOperation(o.op, o.method, o.path)} has no description. Generative orchestration chooses a tool by what its description says: write one sentence saying what it does and when to use it.`,
              path: o.pointer,
            },
          ]
        : NONE,
  }),
  defineRule({
    id: "AgentInputSummaryMissing",
    severity: "warning",
    group: "Agents",
    origin: "hub",
    isAgentOnly: true,
    description: "An input of an action has neither x-ms-summary nor description: the agent has nothing to fill it from.",
    node: "parameter",
    check: ({ param, pointer, operation }) => {
      if (!operation || !isAgentTool(operation) || param["x-ms-visibility"] === "internal") return NONE;
      if (param.in === "body") {
        const schema = asObject(param.schema);
        const resolved = schema && typeof schema.$ref === "string" ? asObject(operation.ctx.resolve(schema.$ref)) : schema;
        const properties = asObject(resolved?.properties) ?? {};
        if (schema && typeof schema.$ref === "string") return NONE;
        return Object.entries(properties).flatMap(([name, value]) => {
          const prop = asObject(value);
          if (!prop || prop["x-ms-visibility"] === "internal" || !blank(prop["x-ms-summary"]) || !blank(prop.description)) return [];
          return [
            {
              message: `Body field "${name}" of ${describeOperation(operation.op, operation.method, operation.path)} has no "x-ms-summary" or description. The agent fills inputs from what they say: add "x-ms-summary" (a label) and a description.`,
              path: joinPointer(pointer, "schema", "properties", name),
            },
          ];
        });
      }
      return blank(param["x-ms-summary"]) && blank(param.description)
        ? [
            {
              message: `Parameter "${asString(param.name) ?? "?"}" of ${describeOperation(operation.op, operation.method, operation.path)} has no "x-ms-summary" or description. The agent fills inputs from what they say: add "x-ms-summary" (a label) and a description.`,
              path: pointer,
            },
          ]
        : NONE;
    },
  }),
  defineRule({
    id: "AgentResponseMayExceedLimit",
    severity: "warning",
    group: "Agents",
    origin: "hub",
    isAgentOnly: true,
    description: "An action answers a list and takes no input to filter or limit it: a response over 500 KB fails the agent's tool call.",
    node: "operation",
    check: (o) => {
      if (!isAgentTool(o)) return NONE;
      const at = listResponse(o);
      if (!at) return NONE;
      const filters = o.parameters.filter(
        ({ param }) => (param.in === "query" || param.in === "path") && typeof param.name === "string" && FILTER_NAME.test(param.name),
      );
      if (filters.length > 0) return NONE;
      return [
        {
          message: `${describeOperation(o.op, o.method, o.path)} answers a list and takes no input to filter or limit it. Copilot Studio fails a tool call whose response is over 500 KB: add a query parameter such as "top" or "filter" (and page the results).`,
          path: at,
        },
      ];
    },
  }),
];

const tool = (id: string, severity: EngineRule["severity"], description: string): EngineRule => ({
  id,
  severity,
  group: "Agents",
  origin: "hub",
  isAgentOnly: true,
  description,
  node: "engine",
});

/** Codes raised by checkMcpTools on a discovered tool list (Learn, "MCP troubleshooting"; CAT MCP readiness skill). */
export const MCP_TOOL_RULES: EngineRule[] = [
  tool("McpToolListNotReadable", "error", "The tool list given to the readiness check is not a tools/list result or an array of tools."),
  tool("McpToolSchemaRef", "error", "A tool's input or output schema holds a $ref (or $defs): Copilot Studio filters the tool out of the server's list."),
  tool(
    "McpToolTypeArray",
    "error",
    'A property of a tool\'s input schema has a list of types, such as ["string", "null"]: Copilot Studio truncates the input schema.',
  ),
  tool("McpToolExclusiveMinimumNumber", "error", "A tool's schema sets exclusiveMinimum to a number: Copilot Studio fails with System.FormatException."),
  tool("McpToolEnumInput", "warning", "A tool input is an enum: Copilot Studio reads it as a plain string and does not enforce the values."),
  tool("McpToolDescriptionMissing", "warning", "A tool has no description: the orchestrator chooses tools by description, and an agent cannot enrich it."),
  tool("McpToolDescriptionVague", "warning", "A tool's description is too short to say the task and when to use the tool."),
  tool("McpToolCountOverLimit", "warning", "The server lists more than 128 tools, the limit an agent has for all its tools together."),
];

export const MCP_TOOL_LIMIT = 128;
