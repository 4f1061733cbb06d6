import { buildSampleBody, buildTestRequest } from "@connector-hub/definitions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoConnectionValues, SAMPLE_VARIANTS } from "../src/index.ts";
import { startTestApi, type TTestApi } from "./support/start-api.ts";

// The hub's Test tab prefills each operation's body from its schema and the samples' demo values: sent unchanged,
// they must make a request this API accepts.
describe("the Test tab's prefilled requests against the sample API", () => {
  let api: TTestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  const AUTH = { "api-key": "API_KEY", basic: "BASIC" } as Record<string, string>;
  for (const variant of SAMPLE_VARIANTS.filter((v) => AUTH[v])) {
    // CreateProduct once only: a second product with the same prefilled SKU is rightly refused.
    it.each(variant === "api-key" ? ["CreateOrder", "CreateProduct"] : ["CreateOrder"])(`%s (${variant}) is accepted as prefilled`, async (operationId) => {
      const definition = (await (await fetch(`${api.url}/${variant}/swagger.json`)).json()) as Record<string, unknown>;
      const body = buildSampleBody({ definition, operationId });
      expect(body).not.toBeNull();
      const { request } = buildTestRequest({ definition, operationId, values: { body: body! }, connection: demoConnectionValues(AUTH[variant]!) });
      const response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body ?? null });
      expect(response.status, await response.clone().text()).toBe(201);
    });
  }
});
