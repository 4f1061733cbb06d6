// The shared configuration does what it promises: each rule the repository relies on fires on a file that breaks it,
// and a clean file passes. Linting a fixture folder with its own eslint.config.mjs on this package's configs.
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const cwd = fileURLToPath(new URL("./fixtures/", import.meta.url));

async function rulesFiring(file: string): Promise<(string | null)[]> {
  const eslint = new ESLint({ cwd });
  const [result] = await eslint.lintFiles([file]);
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`).sort();
}

describe("the shared ESLint configuration", { timeout: 60_000 }, () => {
  it("refuses an import cycle", async () => {
    expect(await rulesFiring("cycle-a.ts")).toEqual(["import-x/no-cycle"]);
    expect(await rulesFiring("cycle-b.ts")).toEqual(["import-x/no-cycle"]);
  });

  it("refuses a disabled rule without a reason, and accepts one with a reason", async () => {
    expect(await rulesFiring("disable-without-reason.ts")).toEqual(["@eslint-community/eslint-comments/require-description"]);
  });

  it("refuses a promise nobody awaits (type-aware)", async () => {
    expect(await rulesFiring("floating-promise.ts")).toEqual(["@typescript-eslint/no-floating-promises"]);
  });

  it("applies the rules of hooks and Next's rules to components", async () => {
    expect(await rulesFiring("hooks.tsx")).toEqual(["@next/next/no-img-element", "react-hooks/exhaustive-deps", "react-hooks/rules-of-hooks"]);
  });

  it("passes a clean file", async () => {
    expect(await rulesFiring("clean.ts")).toEqual([]);
  });
});
