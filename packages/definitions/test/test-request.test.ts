import { describe, expect, it } from "vitest";
import { buildTestRequest, TestInputError } from "../src/index.ts";

const definition = {
  swagger: "2.0",
  info: { title: "Tasks", version: "1" },
  host: "api.tasks.example",
  basePath: "/v1/",
  schemes: ["http", "https"],
  securityDefinitions: { key: { type: "apiKey", name: "X-Api-Key", in: "header" } },
  parameters: { Limit: { name: "limit", in: "query", type: "integer", required: true } },
  definitions: {
    Subscription: { type: "object", properties: { callback: { $ref: "#/definitions/CallbackUrl" }, event: { type: "string" } } },
    CallbackUrl: { type: "string", "x-ms-notification-url": true },
  },
  paths: {
    "/lists/{listId}/tasks": {
      parameters: [
        { name: "listId", in: "path", type: "string", required: true },
        { name: "limit", in: "query", type: "integer" },
      ],
      get: { operationId: "ListTasks", parameters: [{ $ref: "#/parameters/Limit" }], responses: { "200": { description: "OK" } } },
    },
    "/hooks": {
      post: {
        operationId: "OnTask",
        "x-ms-trigger": "single",
        parameters: [{ name: "body", in: "body", schema: { $ref: "#/definitions/Subscription" } }],
        responses: { "201": { description: "OK" } },
      },
    },
  },
};

describe("the Test tab's request builder", () => {
  it("applies path-level parameters, overridden by the operation's own (same name and in)", () => {
    const built = buildTestRequest({ definition, operationId: "ListTasks", values: { listId: "a b", limit: "5" }, connection: { apiKey: "secret-key" } });
    expect(built.request).toEqual({
      method: "GET",
      url: "https://api.tasks.example/v1/lists/a%20b/tasks?limit=5",
      headers: expect.objectContaining({ "x-api-key": "secret-key" }),
      body: undefined,
    });
    expect(built.secrets).toEqual(["secret-key"]);
    // The operation's limit is required (the path item's is not): leaving it out is refused with what to do.
    expect(() => buildTestRequest({ definition, operationId: "ListTasks", values: { listId: "a" }, connection: { apiKey: "k" } })).toThrow(
      new TestInputError('"limit" is required: fill it in before sending.'),
    );
  });

  it("puts the hub's callback URL into the body property marked x-ms-notification-url behind a $ref", () => {
    const built = buildTestRequest({
      definition,
      operationId: "OnTask",
      values: { body: '{"event": "created"}' },
      connection: { apiKey: "k" },
      notificationUrl: "https://hub.example/callbacks/1",
    });
    expect(JSON.parse(built.request.body ?? "")).toEqual({ event: "created", callback: "https://hub.example/callbacks/1" });
  });

  it("says what to do for an unknown operation", () => {
    expect(() => buildTestRequest({ definition, operationId: "Nope", values: {}, connection: {} })).toThrow(/has no operation "Nope"; pick one from the list/);
  });
});
