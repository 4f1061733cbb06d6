import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHANGE_CODES, diffDefinitions, type TChange } from "../../src/diff/index.ts";
import { sideOfChange } from "../../src/diff/change-codes.ts";
import { loadDefinition } from "../../src/document/load-definition.ts";
import { CHANGES_DIR, CORPUS_REQUIRED, HAS_CORPUS } from "./corpus-dir.ts";

const LABELS_DIR = join(import.meta.dirname, "labels");

if (!HAS_CORPUS) {
  console.log(`corpus tests skipped: no corpus at ${CHANGES_DIR} (set SHARED_DIR to the folder that holds corpus/changes)`);
}

describe("corpus location", () => {
  it.runIf(CORPUS_REQUIRED)("is present on CI", () => {
    expect(HAS_CORPUS, `CI=true but ${CHANGES_DIR} is missing; set SHARED_DIR`).toBe(true);
  });
});

function load(name: string, side: "before" | "after") {
  const file = join(CHANGES_DIR, name, `${side}.swagger.json`);
  return loadDefinition(readFileSync(file), `${name}/${side}.swagger.json`);
}

function resolvePointer(document: unknown, pointer: string): unknown {
  let node = document;
  for (const raw of pointer === "" ? [] : pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

const labelKey = (c: Pick<TChange, "code" | "kind" | "path" | "operationId">) => `${c.kind} ${c.code} ${c.path} ${c.operationId ?? "-"}`;

describe.skipIf(!HAS_CORPUS)("the 76 real version pairs", () => {
  const names = HAS_CORPUS ? readdirSync(CHANGES_DIR).sort() : [];

  it("holds 76 pairs", () => {
    expect(names).toHaveLength(76);
  });

  it("yields a result for every pair, or a message that says which line to fix", () => {
    let diffed = 0;
    for (const name of names) {
      const before = load(name, "before");
      const after = load(name, "after");
      if (!before.ok || !after.ok) {
        for (const read of [before, after]) if (!read.ok) expect(read.message).toMatch(/\.swagger\.json:\d+:\d+: [A-Za-z]+: /);
        continue;
      }
      const result = diffDefinitions(before.document, after.document);
      diffed++;
      expect(result.summary.breaking + result.summary.nonBreaking).toBe(result.changes.length);
      for (const change of result.changes) {
        expect(CHANGE_CODES[change.code].kind).toBe(change.kind);
        expect(change.message.length).toBeGreaterThan(20);
        const document = sideOfChange(change.code) === "before" ? before.document : after.document;
        expect(
          resolvePointer(document, change.path),
          `${name}: ${change.code} points at ${change.path}, which is not in the ${sideOfChange(change.code)} document`,
        ).toBeDefined();
      }
    }
    // Two published versions (AccuWeather, StabilityAI) are not valid JSON; everything else diffs.
    expect(diffed).toBe(74);
  });

  const labels = readdirSync(LABELS_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort();

  it("has at least 20 hand-labelled pairs", () => {
    expect(labels.length).toBeGreaterThanOrEqual(20);
  });

  it.each(labels)("matches the hand label %s exactly", (file) => {
    const label = JSON.parse(readFileSync(join(LABELS_DIR, file), "utf8")) as { changes: TChange[] };
    const name = file.replace(/\.json$/, "");
    const before = load(name, "before");
    const after = load(name, "after");
    if (!before.ok || !after.ok) throw new Error(`${name} is labelled but cannot be read`);
    const result = diffDefinitions(before.document, after.document);
    expect(result.changes.map(labelKey).sort()).toEqual(label.changes.map(labelKey).sort());
  });
});
