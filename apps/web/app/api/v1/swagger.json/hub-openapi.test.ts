import { validateConnector } from "@connector-hub/definitions";
import { describe, expect, it } from "vitest";
import { buildHubOpenApi, HUB_API_PATHS } from "./hub-openapi.ts";

describe("the hub's own OpenAPI definition", () => {
  it("passes the validator in certification mode at a production host", () => {
    const result = validateConnector({ definition: JSON.stringify(buildHubOpenApi("hub.contoso.com"), null, 2), certification: true });
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("describes the catalog endpoints, each with a unique operationId", () => {
    const ids = HUB_API_PATHS.flatMap((p) => Object.values(p.operations).map((o) => o.operationId));
    expect(ids).toEqual(
      expect.arrayContaining(["ListConnectors", "ImportConnector", "GetConnector", "AddConnectorVersion", "DownloadDefinition", "ValidateDefinition"]),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("the definition covers the REST API", () => {
  // Routes that are not part of the public API: the definition itself, per-session token management, the Test tab's
  // call proxy and its webhook callbacks.
  const INTERNAL = new Set(["/api/v1/swagger.json", "/api/v1/tokens", "/api/v1/tokens/{id}", "/api/v1/test-calls", "/api/v1/callbacks/{token}"]);

  it("describes every method of every route under /api/v1", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const path = await import("node:path");
    const root = path.resolve(import.meta.dirname, "..");
    const routes: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name === "route.ts") {
          const apiPath = `/api/v1/${path.relative(root, dir).split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}").replace(/\/$/, "");
          for (const m of readFileSync(full, "utf8").matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)) routes.push(`${m[1]!.toLowerCase()} ${apiPath}`);
        }
      }
    };
    walk(root);
    const described = new Set(HUB_API_PATHS.flatMap((p) => Object.keys(p.operations).map((method) => `${method} ${p.path}`)));
    const missing = routes.filter((r) => !INTERNAL.has(r.split(" ")[1]!) && !described.has(r));
    expect(missing).toEqual([]);
  });
});
