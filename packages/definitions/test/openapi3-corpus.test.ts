import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { countLosses, importOpenApi3 } from "../src/index.ts";
import { expectGolden } from "./support/golden.ts";
import { listOpenApi3Corpus } from "./support/openapi3-corpus.ts";

const here = dirname(fileURLToPath(import.meta.url));
const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch"]);

describe("the OpenAPI 3 corpus (published documents kept in test/fixtures/openapi3-corpus)", () => {
  const documents = listOpenApi3Corpus();

  it("holds at least 30 documents, 3.0 and 3.1, JSON and YAML", () => {
    expect(documents.length).toBeGreaterThanOrEqual(30);
    expect(documents.some((d) => d.name.endsWith(".yaml"))).toBe(true);
  });

  it("converts every document, and the validator reads every result (counts per document, golden)", () => {
    const rows: Record<string, unknown> = {};
    for (const { name, file } of documents) {
      const result = importOpenApi3(readFileSync(file), { fileName: name });
      expect(
        result.findings.filter((f) => f.severity === "error"),
        name,
      ).toEqual([]);
      expect(result.validation, name).toBeDefined();
      // The converted text is strict JSON the validator parses: no parse finding of any kind.
      expect(
        result.validation?.findings.filter((f) => f.file === "apiDefinition.swagger.json" && f.path === "" && /Json|Yaml|Nesting/.test(f.code)),
        name,
      ).toEqual([]);
      const paths = Object.values((result.swagger?.paths ?? {}) as Record<string, Record<string, unknown>>);
      const operations = paths.reduce((n, item) => n + Object.keys(item).filter((k) => METHODS.has(k)).length, 0);
      const losses = countLosses(result.losses);
      rows[name] = {
        version: result.version,
        operations,
        lossWarnings: losses.warnings,
        lossInfos: losses.infos,
        validatorErrors: result.validation?.summary.errors,
        validatorWarnings: result.validation?.summary.warnings,
      };
    }
    expectGolden(join(here, "golden", "openapi3", "corpus-summary.json"), `${JSON.stringify(rows, null, 2)}\n`);
  }, 120_000);
});
