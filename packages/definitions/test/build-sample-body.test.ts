import { describe, expect, it } from "vitest";
import { buildSampleBody } from "../src/index.ts";

const definition = {
  swagger: "2.0",
  info: { title: "t", version: "1" },
  paths: {
    "/pets": {
      post: {
        operationId: "CreatePet",
        parameters: [{ name: "body", in: "body", required: true, schema: { $ref: "#/definitions/NewPet" } }],
        responses: { "201": { description: "ok" } },
      },
      get: { operationId: "ListPets", parameters: [{ name: "q", in: "query", type: "string" }], responses: { "200": { description: "ok" } } },
    },
  },
  definitions: {
    NewPet: {
      type: "object",
      required: ["tag", "name"],
      properties: {
        note: { type: "string" },
        colour: { type: "string", default: "brown" },
        name: { type: "string", example: "Rex" },
        tag: { $ref: "#/definitions/Tag" },
        owner: { $ref: "#/definitions/Owner" },
      },
    },
    Tag: {
      type: "object",
      required: ["kind", "since", "count"],
      properties: { kind: { type: "string", enum: ["dog", "cat"] }, since: { type: "string", format: "date" }, count: { type: "integer", minimum: 3 } },
    },
    // Refers to itself: the sample stops instead of looping.
    Owner: {
      type: "object",
      required: ["email", "friend"],
      properties: { email: { type: "string", format: "email" }, friend: { $ref: "#/definitions/Owner" } },
    },
  },
};

describe("buildSampleBody", () => {
  it("puts required fields first, follows $refs, and uses examples, defaults, enums and formats", () => {
    const body = buildSampleBody({ definition, operationId: "CreatePet" });
    expect(body).not.toBeNull();
    const parsed = JSON.parse(body!) as Record<string, unknown>;
    // "required" lists tag before name: that order, then the optional field that has a default.
    expect(Object.keys(parsed)).toEqual(["tag", "name", "colour"]);
    expect(parsed).toEqual({ tag: { kind: "dog", since: "2026-01-01", count: 3 }, name: "Rex", colour: "brown" });
  });

  it("is null for an operation without a body, or one it does not know", () => {
    expect(buildSampleBody({ definition, operationId: "ListPets" })).toBeNull();
    expect(buildSampleBody({ definition, operationId: "Nope" })).toBeNull();
  });

  it("stops at a schema that refers to itself", () => {
    const looped = { ...definition, definitions: { ...definition.definitions, NewPet: { $ref: "#/definitions/Owner" } } };
    expect(JSON.parse(buildSampleBody({ definition: looped, operationId: "CreatePet" })!)).toEqual({
      email: "someone@example.com",
      friend: { email: "someone@example.com" },
    });
  });
});
