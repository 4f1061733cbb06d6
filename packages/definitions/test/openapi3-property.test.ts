import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { convertOpenApi3, validateConnector, type TJsonValue } from "../src/index.ts";

// Values that reach the converter's special cases: refs (good, broken, external, looping), type arrays, compositions.
const tricky = fc.constantFrom<TJsonValue>(
  { $ref: "#/components/schemas/A" },
  { $ref: "#/components/schemas/Missing" },
  { $ref: "other.yaml#/X" },
  { $ref: "#/paths" },
  { type: ["string", "null"] },
  { oneOf: [{ type: "object", properties: { a: { type: "string" } } }, { type: "null" }] },
  { anyOf: [] },
  { in: "cookie", name: "c" },
  { content: { "application/json": {} } },
  null,
  [],
  "x",
);
const value = fc.oneof({ weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) }, { weight: 2, arbitrary: tricky });
const record = fc.dictionary(
  fc.constantFrom("get", "post", "parameters", "requestBody", "responses", "callbacks", "schema", "content", "A", "/x", "x-ms-summary"),
  value,
  { maxKeys: 5 },
);
const document = fc.record({
  openapi: fc.constantFrom("3.0.3", "3.1.0"),
  info: fc.oneof(fc.constant({ title: "T", version: "1" }), value),
  servers: fc.oneof(fc.constant([{ url: "https://{x}.contoso.example" }]), value),
  paths: fc.dictionary(fc.constantFrom("/a", "/b/{id}", "x-ext"), fc.oneof(record, value), { maxKeys: 3 }),
  components: fc.record({
    schemas: fc.dictionary(fc.constantFrom("A", "B"), fc.oneof(record, value), { maxKeys: 2 }),
    securitySchemes: fc.oneof(record, value),
  }),
  webhooks: value,
});

describe("convertOpenApi3 on arbitrary documents", () => {
  it("never throws, and what it writes is a definition the validator reads", () => {
    fc.assert(
      fc.property(document, (doc) => {
        const result = convertOpenApi3(JSON.stringify(doc));
        expect(result.swagger?.swagger).toBe("2.0");
        const validation = validateConnector({ definition: JSON.stringify(result.swagger) });
        expect(validation.document).toBeDefined();
      }),
      { numRuns: 300, seed: 21 },
    );
  }, 60_000);
});
