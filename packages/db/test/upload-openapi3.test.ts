// OpenAPI 3 uploads: converted to the 2.0 definition the hub stores, findings placed in the maker's file (no database needed).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepareConnectorSource } from "../src/connectors/prepare-connector-source.ts";

const fixture = join(import.meta.dirname, "..", "..", "definitions", "test", "fixtures", "openapi3", "contoso-events.yaml");

describe("an OpenAPI 3 upload", () => {
  it("stores the converted 2.0 definition and the maker's text, with the loss report placed in that text", () => {
    const text = readFileSync(fixture, "utf8");
    const prepared = prepareConnectorSource({ content: text, fileName: "contoso-events.yaml" });
    expect([prepared.sourceFormat, prepared.definition.swagger, prepared.definition.host, prepared.sourceText === text]).toEqual([
      "OPENAPI_YAML",
      "2.0",
      "events.contoso.example",
      true,
    ]);
    const cookie = prepared.findings.find((f) => f.code === "CookieParameter");
    expect(cookie).toMatchObject({ file: "contoso-events.yaml", line: 34, severity: "warning" });
    expect(prepared.errorCount).toBe(0);
    expect(prepared.warningCount).toBe(prepared.findings.filter((f) => f.severity === "warning").length);
  });

  it("places the validator's findings on the source, marked as coming from the converted definition", () => {
    const text =
      'openapi: 3.0.3\ninfo:\n  title: Bare\n  version: "1"\nservers:\n  - url: https://bare.contoso.example\npaths:\n  /things/{id}:\n    get:\n      operationId: ListThings\n      responses:\n        "200":\n          description: OK\n';
    const prepared = prepareConnectorSource({ content: text, fileName: "bare.yaml" });
    const fromValidator = prepared.findings.filter((f) => f.message.startsWith("In the converted definition: "));
    expect(fromValidator.length).toBeGreaterThan(0);
    expect(fromValidator.find((f) => f.path.startsWith("/paths/~1things~1{id}"))?.line).toBe(9);
  });

  it("keeps the apiProperties uploaded beside it, and runs the agent profile when asked", () => {
    const text = readFileSync(fixture, "utf8");
    const apiProperties = JSON.stringify({ properties: { iconBrandColor: "#007ee5", capabilities: [], connectionParameters: {} } });
    const prepared = prepareConnectorSource({ content: text, fileName: "contoso-events.yaml", apiProperties, agent: true });
    expect(prepared.apiProperties).toEqual(JSON.parse(apiProperties));
    expect(prepared.apiPropertiesText).toBe(apiProperties);
    const plain = prepareConnectorSource({ content: text, fileName: "contoso-events.yaml" });
    // The agent-readiness rules add findings of their own (Copilot Studio's needs of actions used as tools).
    const agentCodes = (findings: { code: string }[]) => findings.filter((f) => f.code.startsWith("Agent")).length;
    expect(agentCodes(prepared.findings)).toBeGreaterThan(0);
    expect(agentCodes(plain.findings)).toBe(0);
  });

  it("refuses an unreadable OpenAPI 3 document with where to look", () => {
    expect(() => prepareConnectorSource({ content: '{"openapi": "3.1.0", "info": ', fileName: "broken.json" })).toThrow(/broken\.json line 1/);
  });
});
