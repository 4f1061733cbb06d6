// A small valid definition that test cases edit, and its findings as [severity, code, path]: what the tests that compare
// the exact list of findings of one edited document share (platform-accepts.test.ts, walk-gating.test.ts).
import { validateConnector } from "../../src/index.ts";

export type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- each case edits the definition as free-form JSON

/** One operation (GET /items) returning #/definitions/Item, with no finding of its own. */
export function minimalDefinition(): Doc {
  return {
    swagger: "2.0",
    info: { title: "Accepted", version: "1.0" },
    host: "api.accepted-service.net",
    basePath: "/",
    schemes: ["https"],
    consumes: ["application/json"],
    produces: ["application/json"],
    paths: {
      "/items": {
        get: { operationId: "ListItems", summary: "List items", responses: { "200": { description: "OK", schema: { $ref: "#/definitions/Item" } } } },
      },
    },
    definitions: { Item: { type: "object", properties: { id: { type: "string" } } } },
  };
}

/** Every finding of the document (and apiProperties.json, when given), as [severity, code, path] in report order. */
export function findingsOf(doc: Doc, apiProperties?: Doc): string[][] {
  return validateConnector({ definition: JSON.stringify(doc, null, 2), apiProperties: apiProperties && JSON.stringify(apiProperties) }).findings.map((f) => [
    f.severity,
    f.code,
    f.path,
  ]);
}
