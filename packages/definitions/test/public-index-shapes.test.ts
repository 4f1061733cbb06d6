import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateConnector } from "../src/index.ts";

/**
 * The 992 connectors Microsoft publishes (607 certified, all accepted by the platform), as the index shipped in
 * data/public-connectors holds them: host, basePath, and each operation's method, path, operationId and trigger
 * flag. Not the definitions (the index has none), so this holds the rules that read those parts (paths, templates,
 * host, basePath, operationIds) to the platform's verdict on connectors that are not in the shared corpus.
 */
interface IndexedConnector {
  folder: string;
  kind: string;
  title: string;
  host?: string | null;
  basePath?: string | null;
  operations: { operationId: string; method: string; path: string; trigger?: boolean }[];
}

const index = JSON.parse(readFileSync(join(import.meta.dirname, "..", "data", "public-connectors", "index.json"), "utf8")) as {
  connectors: IndexedConnector[];
};

/** A definition with just what the index knows, each path variable declared as an encoded path parameter. */
function definitionOf(c: IndexedConnector): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of c.operations) {
    const variables = [...op.path.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1] as string);
    (paths[op.path] ??= {})[op.method.toLowerCase()] = {
      operationId: op.operationId,
      summary: "Operation",
      parameters: variables.map((name) => ({ name, in: "path", required: true, type: "string", "x-ms-url-encoding": "single" })),
      responses: { "200": { description: "OK", schema: { type: "object" } } },
      ...(op.trigger ? { "x-ms-trigger": "single" } : {}),
    };
  }
  return {
    swagger: "2.0",
    info: { title: c.title, version: "1.0" },
    ...(typeof c.host === "string" ? { host: c.host } : {}),
    ...(typeof c.basePath === "string" ? { basePath: c.basePath } : {}),
    paths,
  };
}

describe("the shapes of Microsoft's published connectors (public index)", () => {
  it("gives no error for any of them: hosts, base paths, path templates and operationIds the platform accepted", () => {
    const withErrors: string[] = [];
    for (const c of index.connectors) {
      const errors = validateConnector({ definition: JSON.stringify(definitionOf(c), null, 2) }).findings.filter((f) => f.severity === "error");
      if (errors.length > 0) withErrors.push(`${c.folder}: ${errors.map((f) => `${f.code} ${f.path}`).join(", ")}`);
    }
    expect(index.connectors.filter((c) => c.kind === "certified").length).toBeGreaterThan(600);
    expect(withErrors).toEqual([]);
  });
});
