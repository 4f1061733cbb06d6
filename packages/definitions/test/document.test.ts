import { describe, expect, it } from "vitest";
import { listOperations } from "../src/document/list-operations.ts";
import { loadDefinition } from "../src/document/load-definition.ts";
import { followRef } from "../src/document/resolve-ref.ts";
import { summarizeDefinition } from "../src/summary/summarize-definition.ts";
import { validateConnector } from "../src/validate/validate-connector.ts";

const doc = {
  swagger: "2.0",
  info: { title: "Doc", version: "1" },
  parameters: { Top: { name: "top", in: "query", type: "integer", description: "shared" }, Alias: { $ref: "#/parameters/Top" } },
  definitions: {
    Item: { type: "object" },
    Sibling: { $ref: "#/definitions/Item", description: "ignored, as Swagger 2.0 says" },
    LoopA: { $ref: "#/definitions/LoopB" },
    LoopB: { $ref: "#/definitions/LoopA" },
    "a/b": { type: "string" },
  },
  paths: {
    "/items": {
      parameters: [
        { name: "top", in: "query", type: "integer", description: "path level" },
        { name: "tenant", in: "header", type: "string" },
      ],
      get: { operationId: "ListItems", parameters: [{ $ref: "#/parameters/Alias" }, { name: "top", in: "header", type: "string" }], responses: {} },
      post: { operationId: "CreateItem", responses: {} },
    },
    "x-extension": { get: {} },
  },
};

describe("one document model", () => {
  it("lists operations with path-level parameters overridden by name and location", () => {
    const [list, create] = listOperations(doc as never);
    expect(list?.parameters.map((p) => [p.param.name, p.param.in, p.param.description ?? null, p.pointer, p.resolvedPointer, p.isFromPathItem])).toEqual([
      ["tenant", "header", null, "/paths/~1items/parameters/1", "/paths/~1items/parameters/1", true],
      ["top", "query", "shared", "/paths/~1items/get/parameters/0", "/parameters/Top", false],
      ["top", "header", null, "/paths/~1items/get/parameters/1", "/paths/~1items/get/parameters/1", false],
    ]);
    expect(create?.parameters.map((p) => p.param.description ?? p.param.name)).toEqual(["path level", "tenant"]);
    expect(listOperations(doc as never)).toHaveLength(2);
  });

  it("resolves $ref with one rule: siblings ignored, chains followed, loops and external refs refused (never fetched)", () => {
    expect(followRef(doc as never, "#/definitions/Sibling")).toEqual({ ok: true, value: { type: "object" }, pointer: "/definitions/Item" });
    expect(followRef(doc as never, "#/definitions/LoopA")).toMatchObject({ ok: false, problem: "loop" });
    expect(followRef(doc as never, "#/definitions/Missing")).toMatchObject({ ok: false, problem: "missing" });
    expect(followRef(doc as never, "https://example.invalid/common.json#/Item")).toMatchObject({ ok: false, problem: "external" });
    expect(followRef(doc as never, "#/definitions/a~1b")).toMatchObject({ ok: true, pointer: "/definitions/a~1b" });
    expect(followRef(doc as never, "#/definitions/a%7E1b")).toMatchObject({ ok: true, pointer: "/definitions/a~1b" });
  });

  it("the catalog summary uses the same operations and overrides", () => {
    const summary = summarizeDefinition(doc);
    expect(summary.operations.map((o) => [o.operationId, o.parameters.map((p) => `${p.in}:${p.name}`)])).toEqual([
      ["ListItems", ["header:tenant", "query:top", "header:top"]],
      ["CreateItem", ["query:top", "header:tenant"]],
    ]);
  });

  it("loads JSON and YAML through the validator's reader, and says what to fix when it cannot", () => {
    expect(loadDefinition(JSON.stringify(doc), "doc.json")).toMatchObject({ ok: true, document: { swagger: "2.0" } });
    expect(loadDefinition("swagger: '2.0'\npaths: {}\n", "doc.yaml")).toMatchObject({ ok: true, document: { paths: {} } });
    expect(loadDefinition(`swagger: '2.0'\nx-deep:\n  ${"- ".repeat(300)}x\n`, "deep.yaml")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/deep\.yaml.*NestingTooDeep/),
    });
    expect(loadDefinition(`{"swagger": "2.0", "x": ${'{"a":'.repeat(300)}1${"}".repeat(300)}}`, "deep.json")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/deep\.json.*NestingTooDeep/),
    });
  });

  it("validate applies the nesting limit to objects, arrays and YAML indentation alike", () => {
    const cases: [string, string][] = [
      ["deep.json", `{"swagger": "2.0", "x": ${'{"a":'.repeat(50_000)}1${"}".repeat(50_000)}}`],
      ["deep-pretty.json", `{"swagger": "2.0", "x": ${'{\n "a": '.repeat(2_000)}1${"}".repeat(2_000)}}`],
      ["deep.yaml", `swagger: "2.0"\nx:\n  ${"- ".repeat(50_000)}x\n`],
      ["deep-blocks.yaml", `swagger: "2.0"\nx:\n${Array.from({ length: 400 }, (_, i) => `${" ".repeat(i + 1)}a:`).join("\n")} 1\n`],
    ];
    for (const [name, text] of cases) {
      const codes = validateConnector({ definition: text, fileName: name }).findings.map((f) => f.code);
      expect(codes, name).toEqual(["NestingTooDeep"]);
    }
  });

  it("keys named like Object.prototype members are data, not methods (found by the property test)", () => {
    const definition = {
      swagger: "2.0",
      info: { title: "Proto", version: "1" },
      paths: {},
      definitions: { Task: { valueOf: 0 }, Kind: { type: "constructor", format: "x" } },
    };
    const found = validateConnector({ definition: JSON.stringify(definition) }).findings.map((f) => [f.code, f.path]);
    expect(found).toEqual([
      ["AdditionalPropertyNotAllowed", "/definitions/Task/valueOf"],
      ["UnrecognizedTypeFormat", "/definitions/Kind/type"],
    ]);
  });
});
