import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffDefinitions } from "../../src/diff/index.ts";
import { loadDefinition } from "../../src/document/load-definition.ts";
import { editDefinition } from "./fixtures/edit-definition.ts";
import { makeDefinition } from "./fixtures/make-definition.ts";

// Places where a hand-edited definition often holds the wrong kind of value.
const TARGETS = [
  "/paths",
  "/paths/~1items",
  "/paths/~1items/get",
  "/paths/~1items/get/parameters",
  "/paths/~1items/get/parameters/0",
  "/paths/~1items/get/parameters/0/enum",
  "/paths/~1items/get/responses",
  "/paths/~1items/get/responses/200",
  "/paths/~1items/get/responses/200/schema",
  "/paths/~1items/post/parameters/0/schema",
  "/definitions/Item",
  "/definitions/Item/properties",
  "/definitions/Item/properties/owner",
  "/definitions/ItemInput/required",
  "/securityDefinitions",
  "/securityDefinitions/api_key",
  "/schemes",
  "/parameters/ItemId",
  "/responses/ItemResponse",
];

describe("malformed definitions", () => {
  it("never throw: any value in any place yields a result", () => {
    fc.assert(
      fc.property(fc.constantFrom(...TARGETS), fc.anything(), fc.boolean(), (target, value, onAfter) => {
        const base = makeDefinition();
        const broken = editDefinition(base, [{ set: target, value }]);
        const result = onAfter ? diffDefinitions(base, broken) : diffDefinitions(broken, base);
        expect(result.summary.breaking + result.summary.nonBreaking).toBe(result.changes.length);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["YAML with a syntax error", "swagger: '2.0'\npaths:\n  /a: [\n", /^x\.yaml:\d+:\d+: InvalidYaml: /],
    ["a file without swagger: 2.0", '{"info": {"title": "x"}}', /has no "swagger": "2\.0" field/],
    ["a JSON array", "[1, 2]", /^x\.yaml:1:1: DocumentNotObject: /],
    ["an empty file", "", /^x\.yaml: the file is empty\. /],
  ])("says what to fix for %s", (_name, text, message) => {
    const parsed = loadDefinition(text, "x.yaml");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it("reads YAML and a byte-order mark", () => {
    expect(loadDefinition('\uFEFF{"swagger": "2.0"}', "x.json").ok).toBe(true);
    const parsed = loadDefinition("swagger: '2.0'\nhost: api.example.com\n", "x.yaml");
    expect(parsed.ok && parsed.document.host).toBe("api.example.com");
  });
});
