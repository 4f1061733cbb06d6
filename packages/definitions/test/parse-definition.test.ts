import { describe, expect, it } from "vitest";
import { MAX_INPUT_BYTES, parseDefinition, validateConnector } from "../src/index.ts";

const minimal = { swagger: "2.0", info: { title: "T", version: "1" }, paths: {} };
const codes = (findings: { code: string }[]) => findings.map((f) => f.code);

describe("parseDefinition", () => {
  it("parses JSON and locates pointers at the property's line and column", () => {
    const text = '{\n  "swagger": "2.0",\n  "paths": {\n    "/a~b/c": { "get": { "operationId": "x" } }\n  }\n}';
    const parsed = parseDefinition(text, { fileName: "a.json" });
    expect(parsed.findings).toEqual([]);
    expect(parsed.locate("/paths/~1a~0b~1c/get/operationId")).toEqual({ line: 4, column: 26 });
    expect(parsed.locate("/paths/~1a~0b~1c/missing")).toEqual({ line: 4, column: 5 });
  });

  it("parses YAML with positions", () => {
    const text = "swagger: '2.0'\ninfo:\n  title: T\n  version: '1'\npaths:\n  /items:\n    get:\n      operationId: ListItems\n";
    const parsed = parseDefinition(text, { fileName: "api.yaml" });
    expect(parsed.format).toBe("yaml");
    expect(parsed.findings).toEqual([]);
    expect(parsed.locate("/paths/~1items/get/operationId")).toEqual({ line: 8, column: 7 });
  });

  it("reports a missing comma with its line and column and what to add", () => {
    const parsed = parseDefinition('{\n  "swagger": "2.0"\n  "host": "x"\n}', { fileName: "a.json" });
    expect(parsed.document).toBeUndefined();
    expect(parsed.findings).toMatchObject([{ code: "InvalidJson", severity: "error", line: 3, column: 3 }]);
    expect(parsed.findings[0]?.message).toMatch(/comma is missing/);
  });

  it("accepts a trailing comma like the platform, with a warning", () => {
    const parsed = parseDefinition('{\n  "swagger": "2.0",\n  "paths": {},\n}', { fileName: "a.json" });
    expect(parsed.document).toEqual({ swagger: "2.0", paths: {} });
    expect(parsed.findings).toMatchObject([{ code: "TrailingCommaNotAllowed", severity: "warning", line: 3, column: 14 }]);
  });

  it("accepts comments and a byte-order mark, with warnings", () => {
    const bytes = new TextEncoder().encode('\uFEFF{\n  // note\n  "swagger": "2.0"\n}');
    const parsed = parseDefinition(bytes, { fileName: "a.json" });
    expect(parsed.document).toEqual({ swagger: "2.0" });
    expect(codes(parsed.findings).sort()).toEqual(["ByteOrderMarkPresent", "CommentNotAllowed"]);
  });

  it("reports bytes that are not UTF-8 at their line and column", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{\n  "title": "Br'), 0xf8, ...new TextEncoder().encode('nn"\n}')]);
    const parsed = parseDefinition(bytes, { fileName: "a.json" });
    expect(parsed.findings).toMatchObject([{ code: "FileNotUtf8", severity: "error", line: 2, column: 15 }]);
    expect(parsed.findings[0]?.message).toMatch(/0xF8.*Save the file as UTF-8/);
  });

  it("refuses a YAML alias bomb with a finding", () => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 10; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(", ")}]`,
      );
    const parsed = parseDefinition(lines.join("\n"), { fileName: "bomb.yaml" });
    expect(parsed.document).toBeUndefined();
    expect(codes(parsed.findings)).toEqual(["YamlAliasLimitExceeded"]);
  });

  it("survives 10,000 levels of nesting in JSON and YAML", () => {
    const deep = '{"swagger":"2.0","paths":{},"x":' + "[".repeat(10000) + "]".repeat(10000) + "}";
    const result = validateConnector({ definition: deep });
    expect(codes(result.findings)).toEqual(["NestingTooDeep"]);
    const yaml = parseDefinition("x: " + "[".repeat(10000) + "]".repeat(10000), { fileName: "a.yaml" });
    expect(codes(yaml.findings)).toEqual(["NestingTooDeep"]);
  });

  it("refuses input above the size limit without parsing it", () => {
    const big = new Uint8Array(MAX_INPUT_BYTES + 1).fill(32);
    const parsed = parseDefinition(big, { fileName: "big.json" });
    expect(parsed.document).toBeUndefined();
    expect(parsed.findings).toMatchObject([{ code: "FileTooLarge", severity: "error" }]);
  });

  it("keeps a __proto__ key as data and warns about it", () => {
    const parsed = parseDefinition('{"swagger":"2.0","__proto__":{"polluted":true}}', { fileName: "a.json" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(parsed.document as object)).toContain("__proto__");
    expect(codes(parsed.findings)).toEqual(["PrototypeKeyNotAllowed"]);
    const viaTolerant = parseDefinition('{"swagger":"2.0","__proto__":{"polluted":true},}', { fileName: "a.json" });
    expect(Object.getPrototypeOf(viaTolerant.document)).toBe(Object.prototype);
  });

  it("refuses binary garbage and non-object documents", () => {
    expect(codes(parseDefinition(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), { fileName: "icon.png" }).findings)).toEqual(["BinaryContentNotAllowed"]);
    expect(codes(parseDefinition("[1, 2]", { fileName: "a.json" }).findings)).toEqual(["DocumentNotObject"]);
    expect(codes(parseDefinition("", { fileName: "a.json" }).findings)).toEqual(["InvalidJson"]);
  });

  it("validates a minimal valid document without findings", () => {
    expect(validateConnector({ definition: JSON.stringify(minimal) }).findings).toEqual([]);
  });
});
