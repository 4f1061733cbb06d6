import { describe, expect, it } from "vitest";
import { CHANGE_CODES, diffDefinitions } from "../../src/diff/index.ts";
import { editDefinition } from "./fixtures/edit-definition.ts";
import { makeDefinition } from "./fixtures/make-definition.ts";
import { BREAKING_CASES, NON_BREAKING_CASES, type TCase } from "./synthetic-cases.ts";

function run(testCase: TCase) {
  const before = editDefinition(makeDefinition(), testCase.before ?? []);
  const after = editDefinition(before, testCase.after);
  return diffDefinitions(before, after);
}

const key = (c: { code: string; path: string; operationId?: string }) => `${c.code} ${c.path} ${c.operationId ?? "-"}`;

describe.each([
  ["breaking", BREAKING_CASES],
  ["non-breaking", NON_BREAKING_CASES],
])("%s changes", (kind, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, testCase) => {
    const result = run(testCase);
    expect(result.changes.map(key).sort()).toEqual(testCase.expected.map(([code, path, operationId]) => key({ code, path, operationId })).sort());
    const expectedKind = testCase.expected.some(([code]) => CHANGE_CODES[code as keyof typeof CHANGE_CODES].kind === "breaking") ? "breaking" : "non-breaking";
    expect(expectedKind === "breaking" ? result.summary.breaking > 0 : result.summary.breaking === 0).toBe(true);
    if (kind === "breaking") expect(result.summary.breaking).toBeGreaterThan(0);
    expect(result.warnings).toEqual([]);
  });
});

describe("every change code", () => {
  it("has a synthetic case that produces it", () => {
    const produced = new Set([...BREAKING_CASES, ...NON_BREAKING_CASES].flatMap((c) => run(c).changes.map((change) => change.code)));
    const missing = Object.keys(CHANGE_CODES).filter((code) => !produced.has(code as keyof typeof CHANGE_CODES));
    expect(missing).toEqual([]);
  });

  it("explains who notices and names the operation", () => {
    for (const testCase of [...BREAKING_CASES, ...NON_BREAKING_CASES]) {
      for (const change of run(testCase).changes) {
        if (change.operationId) expect(change.message).toContain(change.operationId);
        if (change.kind === "breaking") expect(change.message).toMatch(/flow|connection/);
        if (change.kind === "breaking") expect(change.message).toMatch(/Keep|Make|Add|Give|Drop|Ask|Publish/);
      }
    }
  });
});

describe("summary", () => {
  it("counts breaking and non-breaking changes", () => {
    const result = run({
      name: "mixed",
      after: [
        { remove: "/paths/~1items~1{id}/delete" },
        { set: "/paths/~1items/get/summary", value: "List all" },
        { set: "/definitions/Item/properties/color", value: { type: "string" } },
      ],
      expected: [],
    });
    expect(result.summary).toEqual({ breaking: 1, nonBreaking: 5 });
  });

  it("names the successor of a removed operation from its family", () => {
    const before = editDefinition(makeDefinition(), [{ set: "/paths/~1items/get/x-ms-api-annotation", value: { family: "ListItems", revision: 1 } }]);
    const after = editDefinition(before, [
      { remove: "/paths/~1items/get" },
      { set: "/paths/~1v2~1items", value: { get: { operationId: "ListItemsV2", "x-ms-api-annotation": { family: "ListItems", revision: 2 }, responses: {} } } },
    ]);
    const removed = diffDefinitions(before, after).changes.find((c) => c.code === "OperationRemoved");
    expect(removed?.message).toContain("ListItemsV2");
    expect(removed?.message).toContain('"deprecated": true');
  });
});
