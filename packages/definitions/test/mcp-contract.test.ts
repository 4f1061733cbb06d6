// MCP connectors as Microsoft documents them: the published ones pass, Learn's own sample is flagged only for its
// placeholder host, and the summary tells an MCP server from a REST API.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { summarizeDefinition, validateConnector } from "../src/index.ts";

const dir = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "valid", "mcp");
const read = (name: string) => readFileSync(join(dir, name));

describe("MCP connector contract", () => {
  it.each([
    ["docusign-copilot-mcp.json", []],
    ["motherduck.json", []],
    ["mcp-streamable-http.json", []],
    ["learn-contoso.yaml", [["McpHostPlaceholder", "warning", "/host"]]],
  ])("%s raises exactly the expected findings", (name, expected) => {
    const { findings } = validateConnector({ definition: read(name), fileName: name });
    expect(findings.map((f) => [f.code, f.severity, f.path])).toEqual(expected);
  });

  it("summarizes an MCP connector with its endpoint built from scheme, host, basePath and path", () => {
    const load = (name: string) => validateConnector({ definition: read(name), fileName: name }).document;
    expect(summarizeDefinition(load("mcp-streamable-http.json"))).toMatchObject({
      kind: "MCP",
      mcp: { operationId: "InvokeMCP", endpoint: "https://mcp.northwind-traders.net/mcp/" },
    });
    expect(summarizeDefinition(load("motherduck.json"))).toMatchObject({
      kind: "MCP",
      authType: "API_KEY",
      mcp: { operationId: "InvokeServer", endpoint: "https://api.motherduck.com/mcp" },
    });
    expect(summarizeDefinition(load("learn-contoso.yaml")).mcp?.endpoint).toBe("https://contoso.com/mcp");
  });

  it("calls a connector with no MCP operation REST, and a retired SSE one MCP without an operation to call", () => {
    const rest = readFileSync(join(dir, "..", "contoso-tasks", "apiDefinition.swagger.json"));
    expect(summarizeDefinition(validateConnector({ definition: rest }).document)).toMatchObject({ kind: "REST", mcp: null });
    const sse = readFileSync(join(dir, "..", "..", "invalid", "McpSseTransportRetired.json"));
    expect(summarizeDefinition(validateConnector({ definition: sse }).document)).toMatchObject({ kind: "MCP", mcp: { operationId: null, endpoint: null } });
  });
});
