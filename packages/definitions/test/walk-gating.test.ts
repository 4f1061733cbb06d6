import { describe, expect, it } from "vitest";
import { findingsOf as findings, minimalDefinition as base, type Doc } from "./support/minimal-definition.ts";

/**
 * The walk runs some schema rules only where they can apply: ArrayHasNoItems and SchemaTypeFileNotValid on nodes
 * whose "type" is "array" or "file", SchemaTooDeep only from its depth on. These cases check that each still fires
 * on every kind of node the walk treats as a schema (properties, items, parameters, response headers) and only there.
 */

/** A schema whose items nest `levels` deep below it. */
function nestedItems(levels: number): Doc {
  let schema: Doc = { type: "string" };
  for (let i = 0; i < levels; i++) schema = { type: "array", items: schema };
  return schema;
}

describe("rules the walk runs only on some schema nodes", () => {
  it("an array without items is reported on a query parameter, a response header and a nested property", () => {
    const doc = base();
    const get = doc.paths["/items"].get;
    get.parameters = [{ name: "ids", in: "query", type: "array" }];
    get.responses["200"].headers = { "X-Tags": { type: "array" } };
    doc.definitions.Item.properties.tags = { type: "array" };
    expect(findings(doc)).toEqual([
      ["warning", "ArrayHasNoItems", "/paths/~1items/get/responses/200/headers/X-Tags"],
      ["warning", "ArrayHasNoItems", "/paths/~1items/get/parameters/0"],
      ["warning", "ArrayHasNoItems", "/definitions/Item/properties/tags"],
    ]);
  });

  it("a type given as a list is not an array type, and a file is accepted as a whole response but not as an item", () => {
    const doc = base();
    doc.definitions.Item.properties.tags = { type: ["array"] };
    doc.paths["/files"] = {
      get: {
        operationId: "GetFiles",
        summary: "Get files",
        produces: ["application/octet-stream"],
        responses: { "200": { description: "OK", schema: { type: "file" } }, "201": { description: "OK", schema: { type: "array", items: { type: "file" } } } },
      },
    };
    expect(findings(doc).filter(([, code]) => code === "ArrayHasNoItems" || code === "SchemaTypeFileNotValid")).toEqual([
      ["warning", "SchemaTypeFileNotValid", "/paths/~1files/get/responses/201/schema/items/type"],
    ]);
  });

  it("a schema nested 33 levels deep is SchemaTooDeep at its 33rd level, through items as through properties; 32 levels are not", () => {
    const deep = base();
    deep.definitions.Item.properties.list = nestedItems(33);
    expect(findings(deep)).toEqual([["warning", "SchemaTooDeep", "/definitions/Item/properties/list" + "/items".repeat(32)]]);
    const limit = base();
    limit.definitions.Item.properties.list = nestedItems(31);
    expect(findings(limit)).toEqual([]);
  });
});
