// The agent-readiness profile: REST operations as Copilot Studio tools, and the tools an MCP server lists.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkMcpTools, validateConnector } from "../src/index.ts";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "fixtures");

describe("agent readiness", () => {
  it("finds nothing in a connector written for agents, and runs its rules only in the agent profile", () => {
    const definition = readFileSync(join(fixtures, "valid", "agent-ready.json"));
    expect(validateConnector({ definition, agent: true }).findings).toEqual([]);
    const bare = readFileSync(join(fixtures, "invalid", "AgentToolSummaryMissing.json"));
    expect(validateConnector({ definition: bare }).findings).toEqual([]);
    expect(validateConnector({ definition: bare, agent: true }).findings.map((f) => f.code)).toEqual(["AgentToolSummaryMissing"]);
  });

  it("leaves the MCP operation itself alone: its tools come from the server", () => {
    const definition = readFileSync(join(fixtures, "valid", "mcp", "motherduck.json"));
    expect(validateConnector({ definition, agent: true }).findings).toEqual([]);
  });

  it("finds nothing in a ready tool list", () => {
    const result = checkMcpTools({ tools: readFileSync(join(fixtures, "valid", "mcp", "tools-ready.tools.json")) });
    expect(result).toMatchObject({ findings: [], notReady: [], toolCount: 2 });
  });

  it("checks a parsed tool list too, names the tools agents would lose, and survives hostile nesting", () => {
    let deep: Record<string, unknown> = { type: "string" };
    for (let i = 0; i < 5000; i++) deep = { type: "object", properties: { x: deep } };
    const tools = [
      { name: "ok", description: "Lists the products in stock; use when asked what can be ordered.", inputSchema: { type: "object" } },
      {
        name: "refd",
        description: "Finds an order by its id; use when the user names an order.",
        inputSchema: { type: "object", properties: { o: { $ref: "#/$defs/O" } } },
      },
      { name: "deep", description: "A tool with a schema nested five thousand levels deep.", inputSchema: deep },
      "not a tool",
    ];
    const result = checkMcpTools({ tools: { tools } as never });
    expect(result.notReady).toEqual(["refd"]);
    expect(result.toolCount).toBe(4);
    expect(result.findings.map((f) => [f.code, f.path, f.line])).toEqual([["McpToolSchemaRef", "/tools/1/inputSchema/properties/o/$ref", 1]]);
  });

  it("reports each readiness code with what to change", () => {
    const messages = ["McpToolTypeArray", "McpToolExclusiveMinimumNumber", "McpToolEnumInput", "McpToolDescriptionVague"].map(
      (code) => checkMcpTools({ tools: readFileSync(join(fixtures, "invalid", `${code}.tools.json`)) }).findings[0]?.message,
    );
    expect(messages).toEqual([
      expect.stringMatching(/truncates an input schema.*Give the field one type/),
      expect.stringMatching(/System\.FormatException.*Use "minimum"/),
      expect.stringMatching(/does not enforce the values.*List the allowed values/),
      expect.stringMatching(/say the task and when to use it/),
    ]);
  });
});
