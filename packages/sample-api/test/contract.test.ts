import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_VARIANTS, sampleConnectorDefinitions, type TSampleVariant } from "../src/index.ts";
import { OPERATION_FIXTURES, type TFixtureContext } from "./support/operation-fixtures.ts";
import { createSchemaValidator } from "./support/schema-validator.ts";
import { startTestApi, type TTestApi } from "./support/start-api.ts";
import { startSubscriber, type TSubscriber } from "./support/subscriber.ts";

type TOperation = { path: string; method: string; operationId: string; responses: Record<string, { schema?: unknown; headers?: Record<string, unknown> }> };
type TSwagger = Record<string, unknown> & { basePath: string; host: string; paths: Record<string, Record<string, TOperation>> };

const HTTP_METHODS = ["get", "post", "put", "patch", "delete"];

function operationsOf(swagger: TSwagger): TOperation[] {
  return Object.entries(swagger.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => HTTP_METHODS.includes(method))
      .map(([method, operation]) => ({ ...operation, path, method })),
  );
}

// Operation ids are the same in every variant; read them once to name the tests.
const OPERATION_IDS = operationsOf((sampleConnectorDefinitions("http://127.0.0.1")[0]?.swagger ?? {}) as TSwagger).map((op) => op.operationId);

describe.each(SAMPLE_VARIANTS)("contract of the %s definition", (variant: TSampleVariant) => {
  let api: TTestApi;
  let subscriber: TSubscriber;
  let swagger: TSwagger;
  let context: TFixtureContext;

  beforeAll(async () => {
    api = await startTestApi({ webhookRetry: { baseDelayMs: 10, maxDelayMs: 20 } });
    subscriber = await startSubscriber();
    swagger = (await (await fetch(`${api.url}/${variant}/swagger.json`)).json()) as TSwagger;
    context = { api, variant, subscriber, validate: createSchemaValidator(swagger), swagger };
  });
  afterAll(async () => {
    await api.close();
    await subscriber.close();
  });

  it("points host and basePath at the running server", () => {
    expect(swagger.host).toBe(new URL(api.url).host);
    expect(swagger.basePath).toBe(`/${variant}/v1`);
  });

  it("has a contract fixture for every operation it declares", () => {
    expect(OPERATION_IDS.length).toBeGreaterThan(15);
    expect(
      operationsOf(swagger)
        .map((op) => op.operationId)
        .filter((id) => !OPERATION_FIXTURES[id]),
    ).toEqual([]);
  });

  it.each(OPERATION_IDS)("%s answers as its definition declares", async (operationId) => {
    const operation = operationsOf(swagger).find((op) => op.operationId === operationId);
    const fixture = OPERATION_FIXTURES[operationId];
    if (!operation || !fixture) throw new Error(`${operationId} is missing from the definition or the fixtures`);
    const request = await fixture.prepare(context);
    const path = operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(request.pathParams?.[name] ?? `missing-${name}`));
    const query = request.query ? `?${new URLSearchParams(request.query).toString()}` : "";
    const response = await api.call(variant, operation.method.toUpperCase(), `${api.url}${swagger.basePath}${path}${query}`, request.body);
    const text = await response.text();

    expect({ status: response.status, text }).toMatchObject({ status: request.status });
    const declared = operation.responses[String(response.status)];
    expect(declared, `status ${response.status} is not declared`).toBeDefined();
    for (const header of Object.keys(declared?.headers ?? {})) expect(response.headers.get(header), `header ${header}`).toBeTruthy();
    const body: unknown = text ? JSON.parse(text) : undefined;
    if (declared?.schema) {
      expect(context.validate(declared.schema, body)).toEqual([]);
    } else {
      expect(text).toBe("");
    }
    await fixture.verify?.(context, response, body);
  });
});
