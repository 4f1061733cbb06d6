import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitPointer, validateConnector, type TJsonValue, type ValidationResult } from "../src/index.ts";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "fixtures");
const baseText = readFileSync(join(fixtures, "valid", "contoso-tasks", "apiDefinition.swagger.json"), "utf8");
const propsText = readFileSync(join(fixtures, "valid", "contoso-tasks", "apiProperties.json"), "utf8");
const base = JSON.parse(baseText) as TJsonValue;

function pointersOf(value: TJsonValue, at = ""): string[] {
  if (value === null || typeof value !== "object") return [at];
  const keys = Array.isArray(value) ? value.map((_, i) => String(i)) : Object.keys(value);
  return [
    at,
    ...keys.flatMap((k) => pointersOf((value as Record<string, TJsonValue>)[k] as TJsonValue, `${at}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`)),
  ];
}
const pointers = pointersOf(base).filter((p) => p !== "");

function replaceAt(doc: TJsonValue, pointer: string, value: TJsonValue): TJsonValue {
  const copy = structuredClone(doc);
  const segments = splitPointer(pointer);
  const last = segments.pop();
  let node = copy as Record<string, TJsonValue>;
  for (const s of segments) node = node[s] as Record<string, TJsonValue>;
  if (last !== undefined) node[last] = value;
  return copy;
}

/** The contract the web app relies on: a result with well-formed findings, for any input. */
function expectWellFormed(result: ValidationResult): void {
  expect(Array.isArray(result.findings)).toBe(true);
  for (const f of result.findings) {
    expect(["error", "warning", "info"]).toContain(f.severity);
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(typeof f.code).toBe("string");
    expect(f.message.length).toBeGreaterThan(0);
  }
}

/** Any JSON value, and now and then one whose keys are Object.prototype's names (String() throws on {"toString": 0}). */
const anyValue = fc.oneof(
  { weight: 9, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<TJsonValue>(
      { toString: 0 },
      { valueOf: 0, toString: 0 },
      { constructor: 1 },
      { hasOwnProperty: 1 },
      { type: "constructor", format: "x" },
      { in: { toString: 0 }, name: { toString: 1 } },
    ),
  },
);

describe("validateConnector on generated and mutated input", { timeout: 240_000 }, () => {
  it("never throws for a definition with any value replaced anywhere", () => {
    fc.assert(
      fc.property(fc.constantFrom(...pointers), anyValue, (pointer, value) => {
        expectWellFormed(validateConnector({ definition: JSON.stringify(replaceAt(base, pointer, value as TJsonValue)), apiProperties: propsText }));
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws for text with random edits (broken JSON, stray bytes)", () => {
    fc.assert(
      fc.property(fc.nat(baseText.length), fc.nat(40), fc.string({ maxLength: 12 }), (at, remove, insert) => {
        const text = baseText.slice(0, at) + insert + baseText.slice(at + remove);
        expectWellFormed(validateConnector({ definition: text, fileName: at % 2 ? "a.json" : "a.yaml" }));
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws for arbitrary bytes or arbitrary JSON documents", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 512 }),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (input) => {
          expectWellFormed(validateConnector({ definition: input, apiProperties: input }));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
