import http from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import {
  DEMO_API_KEY,
  DEMO_BASIC_USER,
  DEMO_OAUTH_CLIENTS,
  sampleConnectorDefinitions,
  startSampleApi,
  type TRunningSampleApi,
} from "@connector-hub/sample-api";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTestCall, type RunTestCallOptions } from "../src/server/test-calls/run-test-call.ts";

// Everything the web logger writes during these tests, to scan for secrets afterwards.
const captured: string[] = [];
const log = pino(
  { level: "trace" },
  new Writable({
    write(chunk: Buffer, _enc, done) {
      captured.push(chunk.toString());
      done();
    },
  }),
);
const returned: string[] = [];

let api: TRunningSampleApi;
let odd: http.Server;
let oddHost: string;
const service = DEMO_OAUTH_CLIENTS.find((c) => c.clientId === "sample-service")!;

function definitionOf(variant: string): Record<string, unknown> {
  const found = sampleConnectorDefinitions(api.url).find((d) => d.variant === variant)!;
  return found.swagger as Record<string, unknown>;
}

async function call(options: Partial<RunTestCallOptions> & Pick<RunTestCallOptions, "definition" | "operationId" | "connection">) {
  const result = await runTestCall({ connectorHost: String(options.definition.host), values: {}, allowLoopback: true, log, ...options });
  returned.push(JSON.stringify(result));
  return result;
}

beforeAll(async () => {
  api = await startSampleApi({ port: 0, logLevel: "silent" });
  // A misbehaving API on loopback: huge answers, redirects elsewhere, and an echo of whatever credentials it got.
  odd = http.createServer((request, response) => {
    if (request.url?.startsWith("/v1/huge")) response.end("x".repeat(1024 * 1024 + 10));
    else if (request.url?.startsWith("/v1/away")) response.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end();
    else if (request.url?.startsWith("/v1/home")) response.writeHead(302, { location: "/v1/echo" }).end();
    else response.setHeader("content-type", "application/json").end(JSON.stringify({ youSent: request.headers }));
  });
  await new Promise<void>((resolve) => odd.listen(0, "127.0.0.1", resolve));
  oddHost = `127.0.0.1:${(odd.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await api.close();
  await new Promise((resolve) => odd.close(resolve));
});

const oddDefinition = () => ({
  swagger: "2.0",
  host: oddHost,
  basePath: "/v1",
  schemes: ["http"],
  securityDefinitions: { api_key: { type: "apiKey", in: "header", name: "X-API-Key" } },
  paths: {
    "/huge": { get: { operationId: "Huge", responses: {} } },
    "/away": { get: { operationId: "Away", responses: {} } },
    "/home": { get: { operationId: "Home", responses: {} } },
    "/echo": { get: { operationId: "Echo", responses: {} } },
  },
});

describe("runTestCall against the sample API", () => {
  it("calls an action with an API key and shows request and response, the key hidden", async () => {
    const result = await call({
      definition: definitionOf("api-key"),
      operationId: "ListProducts",
      values: { pageSize: "2" },
      connection: { apiKey: DEMO_API_KEY },
    });
    expect(result.response.status).toBe(200);
    expect((JSON.parse(result.response.body) as { value: unknown[] }).value).toHaveLength(2);
    expect(result.request.url).toBe(`${api.url}/api-key/v1/products?pageSize=2`);
    expect(result.request.headers["x-api-key"]).toBe("[redacted]");
  });

  it("fills path parameters and sends Basic credentials", async () => {
    const result = await call({
      definition: definitionOf("basic"),
      operationId: "GetProduct",
      values: { productId: "prd-0001" },
      connection: { username: DEMO_BASIC_USER.username, password: DEMO_BASIC_USER.password },
    });
    expect(result.response.status).toBe(200);
    expect(result.response.body).toContain("prd-0001");
    expect(result.request.headers.authorization).toBe("[redacted]");
  });

  it("gets a token with the caller's OAuth client credentials and calls with it", async () => {
    const result = await call({
      definition: definitionOf("oauth2"),
      operationId: "GetStockLevel",
      values: { productId: "prd-0002" },
      connection: { clientId: service.clientId, clientSecret: service.clientSecret! },
    });
    expect(result.response.status).toBe(200);
    expect(result.request.headers.authorization).toBe("[redacted]");
  });

  it("shows the API's own refusal when the key is wrong", async () => {
    const result = await call({ definition: definitionOf("api-key"), operationId: "ListProducts", connection: { apiKey: "wrong-key-123" } });
    expect(result.response.status).toBe(401);
  });

  it("says what is missing before calling", async () => {
    await expect(call({ definition: definitionOf("api-key"), operationId: "GetProduct", connection: { apiKey: DEMO_API_KEY } })).rejects.toThrow(
      '"productId" is required: fill it in before sending.',
    );
    await expect(call({ definition: definitionOf("basic"), operationId: "ListProducts", connection: {} })).rejects.toThrow(/user name and password/);
    await expect(
      call({ definition: definitionOf("api-key"), operationId: "CreateProduct", values: { body: "{name:" }, connection: { apiKey: DEMO_API_KEY } }),
    ).rejects.toThrow(/not valid JSON/);
  });
});

describe("webhook triggers from the Test tab", () => {
  it("subscribes the hub's callback where the definition marks x-ms-notification-url, and the API delivers to it", async () => {
    const received: { event: string | undefined; body: string }[] = [];
    const hub = http.createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString()));
      request.on("end", () => {
        received.push({ event: request.headers["x-sample-event"] as string | undefined, body });
        response.end("{}");
      });
    });
    await new Promise<void>((resolve) => hub.listen(0, "127.0.0.1", resolve));
    const callbackUrl = `http://127.0.0.1:${(hub.address() as AddressInfo).port}/api/v1/callbacks/tok-123`;
    try {
      const subscribed = await call({
        definition: definitionOf("api-key"),
        operationId: "OnOrderCreated",
        notificationUrl: callbackUrl,
        connection: { apiKey: DEMO_API_KEY },
      });
      expect(subscribed.response.status).toBe(201);
      expect(JSON.parse(subscribed.request.body ?? "{}")).toEqual({ callbackUrl });
      expect(subscribed.response.headers.location).toMatch(/\/webhooks\/sub-/);
      const order = JSON.stringify({ customerName: "Test Tab", customerEmail: "tab@contoso.example", lines: [{ productId: "prd-0004", quantity: 1 }] });
      const created = await call({
        definition: definitionOf("api-key"),
        operationId: "CreateOrder",
        values: { body: order },
        connection: { apiKey: DEMO_API_KEY },
      });
      expect(created.response.status).toBe(201);
      await expect.poll(() => received.length).toBe(1);
      expect(received[0]!.body).toContain("Test Tab");
    } finally {
      await new Promise((resolve) => hub.close(resolve));
    }
  });

  it("says so when an operation takes no notification URL", async () => {
    await expect(
      call({ definition: definitionOf("api-key"), operationId: "ListProducts", notificationUrl: "http://127.0.0.1:1/x", connection: { apiKey: DEMO_API_KEY } }),
    ).rejects.toThrow(/no x-ms-notification-url parameter/);
  });
});

describe("runTestCall safety", () => {
  it("refuses a definition whose host is not the connector's", async () => {
    await expect(
      call({
        definition: definitionOf("api-key"),
        connectorHost: "inventory.contoso.example",
        operationId: "ListProducts",
        connection: { apiKey: DEMO_API_KEY },
      }),
    ).rejects.toThrow(/is not this connector's host \(inventory\.contoso\.example\)/);
  });

  it("refuses loopback when the hub does not run locally", async () => {
    await expect(
      call({ definition: definitionOf("api-key"), operationId: "ListProducts", allowLoopback: false, connection: { apiKey: DEMO_API_KEY } }),
    ).rejects.toThrow(/loopback address/);
  });

  it("refuses private addresses whatever the host's name", async () => {
    const lookup = async () => [{ address: "10.20.30.40", family: 4 }];
    const definition = { ...oddDefinition(), host: "erp.contoso.example" };
    await expect(call({ definition, operationId: "Echo", lookup, connection: { apiKey: "k-123" } })).rejects.toThrow(/10\.20\.30\.40 is a private address/);
  });

  it("refuses a redirect to another host and follows one that stays home", async () => {
    await expect(call({ definition: oddDefinition(), operationId: "Away", connection: { apiKey: "k-away-9" } })).rejects.toThrow(
      /169\.254\.169\.254 is not this connector's host/,
    );
    const home = await call({ definition: oddDefinition(), operationId: "Home", connection: { apiKey: "k-home-9" } });
    expect(home.response.status).toBe(200);
    expect(home.response.redirects).toEqual([`http://${oddHost}/v1/echo`]);
  });

  it("refuses a response over 1 MB with a clear message", async () => {
    await expect(call({ definition: oddDefinition(), operationId: "Huge", connection: { apiKey: "k-huge-9" } })).rejects.toThrow(
      "The response is larger than 1 MB, the most a test call shows; ask for less (a smaller page size or a filter).",
    );
  });

  it("hides a secret the API echoes back", async () => {
    const result = await call({ definition: oddDefinition(), operationId: "Echo", connection: { apiKey: "echo-me-secret-42" } });
    expect(result.response.body).toContain("[redacted]");
    expect(result.response.body).not.toContain("echo-me-secret-42");
  });

  it("never lets a secret reach the logs or a response (scan of everything captured above)", () => {
    const secrets = [
      DEMO_API_KEY,
      DEMO_BASIC_USER.password,
      Buffer.from(`${DEMO_BASIC_USER.username}:${DEMO_BASIC_USER.password}`).toString("base64"),
      service.clientSecret!,
      "echo-me-secret-42",
      "wrong-key-123",
      "k-home-9",
    ];
    const everything = [...captured, ...returned].join("\n");
    expect(captured.length).toBeGreaterThan(5);
    expect(returned.length).toBeGreaterThan(5);
    for (const secret of secrets) expect(everything).not.toContain(secret);
    // The OAuth access token was never known to the caller; no bearer token of any shape may show either.
    expect(everything).not.toMatch(/Bearer\s+ey/);
    expect(everything).not.toMatch(/eyJ[\w-]{10,}\.[\w-]{10,}\./);
  });
});
