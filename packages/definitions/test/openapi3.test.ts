import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { convertOpenApi3, formatText, importOpenApi3, LOSS_CODES, looksLikeOpenApi3, type TJsonObject } from "../src/index.ts";
import { runCli } from "./run-cli.ts";
import { expectGolden } from "./support/golden.ts";

const here = dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => join(here, "fixtures", "openapi3", name);
const golden = (name: string) => join(here, "golden", "openapi3", name);
const get = (obj: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), obj);

describe("convertOpenApi3: the loss report and the definition, golden", { timeout: 30_000 }, () => {
  for (const name of ["contoso-events.yaml", "contoso-rooms-3.1.json"]) {
    it(`${name}: every loss with its line, then a definition the validator finds nothing in`, () => {
      const bytes = readFileSync(fixture(name));
      const result = importOpenApi3(bytes, { fileName: name });
      expect(result.findings).toEqual([]);
      expectGolden(golden(`${name}.losses.txt`), formatText([{ file: name, findings: result.losses, source: bytes.toString("utf8") }]));
      expectGolden(golden(`${name}.swagger.json`), result.definitionText ?? "");
      expect(result.validation?.findings).toEqual([]);
      for (const loss of result.losses) expect(LOSS_CODES[loss.code as keyof typeof LOSS_CODES].severity).toBe(loss.severity);
    });
  }
});

describe("convertOpenApi3: what each loss did instead", () => {
  const { swagger, losses } = convertOpenApi3(readFileSync(fixture("contoso-events.yaml")), { fileName: "contoso-events.yaml" });
  const codes = losses.map((l) => l.code);

  it("takes the https server as host and basePath, and lists the other", () => {
    expect([swagger?.host, swagger?.basePath, swagger?.schemes]).toEqual(["events.contoso.example", "/v2", ["https"]]);
    expect(losses.find((l) => l.code === "SeveralServers")?.message).toContain("Not used: http://eu.events.contoso.example/v2.");
  });

  it("drops the cookie parameter, keeps the csv array and moves the deprecated one to advanced", () => {
    expect(get(swagger, "paths", "/events", "get", "parameters")).toEqual([
      { name: "tags", in: "query", type: "array", items: { type: "string" }, collectionFormat: "csv" },
      { name: "legacyFilter", in: "query", type: "string", "x-ms-visibility": "advanced" },
    ]);
    expect(losses.find((l) => l.code === "CookieParameter")).toMatchObject({ line: 34, column: 11, path: "/paths/~1events/get/parameters/1" });
  });

  it("makes the subscription with a callback a webhook trigger", () => {
    const op = get(swagger, "paths", "/subscriptions", "post") as TJsonObject;
    expect(op["x-ms-trigger"]).toBe("single");
    expect(get(op, "parameters", "0", "schema", "properties", "callbackUrl")).toEqual({
      type: "string",
      format: "uri",
      "x-ms-notification-url": true,
      "x-ms-visibility": "internal",
    });
    expect(get(swagger, "paths", "/subscriptions", "x-ms-notification-content")).toEqual({
      description: "An event was created",
      schema: { $ref: "#/definitions/Event" },
    });
  });

  it("merges oneOf objects, marks nullable, keeps one OAuth flow and drops OpenID Connect", () => {
    expect(get(swagger, "definitions", "Event", "properties", "detail")).toEqual({
      type: "object",
      properties: { artist: { type: "string" }, homeTeam: { type: "string" } },
    });
    expect(get(swagger, "definitions", "Event", "properties", "venue")).toEqual({ type: "string", "x-nullable": true });
    expect(swagger?.securityDefinitions).toEqual({
      oauth: {
        type: "oauth2",
        flow: "accessCode",
        authorizationUrl: "https://login.contoso.example/authorize",
        tokenUrl: "https://login.contoso.example/token",
        scopes: { "events.read": "Read events" },
      },
    });
    expect(codes).toEqual(
      expect.arrayContaining([
        "CompositionFlattened",
        "DiscriminatorMapping",
        "NullableType",
        "SecuritySchemeRewritten",
        "SecuritySchemeUnsupported",
        "LinksDropped",
        "StatusCodeRange",
      ]),
    );
  });

  it("3.1: type arrays, const, numeric exclusiveMinimum and bearer", () => {
    const rooms = convertOpenApi3(readFileSync(fixture("contoso-rooms-3.1.json")), { fileName: "rooms.json" });
    expect(rooms.version).toBe("3.1");
    expect(get(rooms.swagger, "definitions", "Room", "properties")).toEqual({
      name: { type: "string" },
      floor: { type: "integer", "x-nullable": true },
      code: { type: "string" },
      kind: { enum: ["room"] },
    });
    expect(get(rooms.swagger, "paths", "/rooms", "get", "parameters", "0")).toEqual({
      name: "minSeats",
      in: "query",
      type: "integer",
      minimum: 0,
      exclusiveMinimum: true,
    });
    expect(rooms.swagger?.securityDefinitions).toEqual({ token: { type: "apiKey", in: "header", name: "Authorization" } });
    expect(rooms.losses.map((l) => l.code)).toContain("WebhooksDropped");
  });

  it("drops an Authorization header parameter, which the platform refuses, and keeps Accept", () => {
    const doc = {
      openapi: "3.0.3",
      info: { title: "Tokens", version: "1" },
      servers: [{ url: "https://api.tokens.example" }],
      paths: {
        "/me": {
          get: {
            operationId: "GetMe",
            parameters: [
              { name: "Authorization", in: "header", required: true, schema: { type: "string" } },
              { name: "Accept", in: "header", schema: { type: "string" } },
            ],
            responses: { "200": { description: "OK" } },
          },
        },
      },
    };
    const { swagger, losses } = convertOpenApi3(JSON.stringify(doc, null, 2), { fileName: "tokens.json" });
    expect(get(swagger, "paths", "/me", "get", "parameters")).toEqual([{ name: "Accept", in: "header", type: "string" }]);
    expect(losses.map((l) => [l.code, l.path])).toEqual([
      ["AuthorizationHeaderParameter", "/paths/~1me/get/parameters/0"],
      ["IgnoredHeaderParameter", "/paths/~1me/get/parameters/1"],
    ]);
  });
});

describe("convertOpenApi3: bad input says what to change", () => {
  it("refuses Swagger 2.0, other versions and broken files with one finding", () => {
    expect(convertOpenApi3('{"swagger": "2.0", "info": {}}').findings.map((f) => f.message)).toEqual([
      'This is already Swagger 2.0 ("swagger": "2.0"): import it as it is. The converter reads OpenAPI 3.0 and 3.1 documents.',
    ]);
    expect(convertOpenApi3('{"openapi": "4.0.0"}').findings[0]).toMatchObject({ code: "NotOpenApi3", path: "/openapi", line: 1, column: 2 });
    const broken = convertOpenApi3('{"openapi": "3.0.0",', { fileName: "broken.json" });
    expect(broken.swagger).toBeUndefined();
    expect(broken.findings[0]?.severity).toBe("error");
  });

  it("tells OpenAPI 3 from other text", () => {
    expect([looksLikeOpenApi3("openapi: 3.1.0\ninfo: {}"), looksLikeOpenApi3('{"openapi":"3.0.3"}'), looksLikeOpenApi3('{"swagger":"2.0"}')]).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe("connector-hub convert --from openapi3", { timeout: 30_000 }, () => {
  it("writes the paconn folder, prints the loss report and the validator's findings, and writes SARIF", () => {
    const dir = mkdtempSync(join(tmpdir(), "hub-oas3-"));
    const result = runCli(["convert", "--from", "openapi3", fixture("contoso-events.yaml"), "--out", join(dir, "out"), "--report", join(dir, "report.sarif")]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("apiDefinition.swagger.json");
    expect(result.stderr).toContain("contoso-events.yaml (loss report)");
    expect(result.stderr).toContain("CookieParameter");
    const definition = JSON.parse(readFileSync(join(dir, "out", "apiDefinition.swagger.json"), "utf8")) as TJsonObject;
    expect(definition.swagger).toBe("2.0");
    const sarif = JSON.parse(readFileSync(join(dir, "report.sarif"), "utf8")) as {
      runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const results = sarif.runs[0]?.results ?? [];
    expect(results.length).toBe(14);
    expect(results.every((r) => r.locations[0]?.physicalLocation.artifactLocation.uri.endsWith("contoso-events.yaml"))).toBe(true);
  });

  it("a Swagger 2.0 file given as OpenAPI 3 is refused and nothing is written", () => {
    const dir = mkdtempSync(join(tmpdir(), "hub-oas3-"));
    const result = runCli([
      "convert",
      "--from",
      "openapi3",
      join(here, "fixtures", "valid", "contoso-tasks", "apiDefinition.swagger.json"),
      "--out",
      join(dir, "out"),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("NotOpenApi3");
    expect(existsSync(join(dir, "out"))).toBe(false);
  });
});
