import { describe, expect, it } from "vitest";
import { diffDefinitions } from "../../src/diff/index.ts";
import { editDefinition } from "./fixtures/edit-definition.ts";
import { makeDefinition } from "./fixtures/make-definition.ts";

describe("$ref handling", () => {
  it("compares through chains of refs and reports the place the maker edits", () => {
    const before = editDefinition(makeDefinition(), [
      { set: "/definitions/ItemAlias", value: { $ref: "#/definitions/Item" } },
      { set: "/responses/ItemResponse/schema", value: { $ref: "#/definitions/ItemAlias" } },
    ]);
    const after = editDefinition(before, [{ set: "/definitions/Item/properties/name/type", value: "integer" }]);
    const changes = diffDefinitions(before, after).changes.filter((c) => c.operationId === "GetItem");
    expect(changes.map((c) => [c.code, c.path])).toEqual([["ResponsePropertyTypeChanged", "/definitions/Item/properties/name"]]);
  });

  it("stops on refs that loop and says which one to fix", () => {
    const loop = editDefinition(makeDefinition(), [
      { set: "/definitions/A", value: { $ref: "#/definitions/B" } },
      { set: "/definitions/B", value: { $ref: "#/definitions/A" } },
      { set: "/paths/~1poll/get/responses/200/schema", value: { $ref: "#/definitions/A" } },
    ]);
    const result = diffDefinitions(loop, editDefinition(loop, [{ set: "/paths/~1poll/get/summary", value: "When new items arrive" }]));
    expect(result.changes.map((c) => c.code)).toEqual(["TextChanged"]);
    expect(result.warnings.join("\n")).toMatch(/\$ref "#\/definitions\/A" .* refers back to itself/);
  });

  it("warns about refs that name nothing or point outside the file, and still diffs the rest", () => {
    const before = editDefinition(makeDefinition(), [
      { set: "/paths/~1poll/get/responses/200/schema", value: { $ref: "#/definitions/Missing" } },
      { set: "/paths/~1items/get/responses/200/schema", value: { $ref: "other.json#/definitions/Item" } },
    ]);
    const after = editDefinition(before, [{ remove: "/paths/~1items~1{id}/delete" }]);
    const result = diffDefinitions(before, after);
    expect(result.changes.map((c) => c.code)).toEqual(["OperationRemoved"]);
    expect(result.warnings.some((w) => w.includes('"#/definitions/Missing"') && w.includes("names nothing"))).toBe(true);
    expect(result.warnings.some((w) => w.includes('"other.json#/definitions/Item"') && w.includes("not a local reference"))).toBe(true);
  });

  it("reads escaped and percent-encoded pointers", () => {
    const before = editDefinition(makeDefinition(), [
      { set: "/definitions/a~1b", value: { type: "object", properties: { x: { type: "string" } } } },
      { set: "/paths/~1poll/get/responses/200/schema", value: { $ref: "#/definitions/a~01b".replace("~01", "~1") } },
      { set: "/paths/~1items/get/responses/200/schema", value: { $ref: "#/definitions/a%7E1b" } },
    ]);
    const after = editDefinition(before, [{ remove: "/definitions/a~1b/properties/x" }]);
    const paths = diffDefinitions(before, after).changes.map((c) => `${c.operationId} ${c.path}`);
    expect(paths.sort()).toEqual(["ListItems /definitions/a~1b/properties/x", "OnNewItems /definitions/a~1b/properties/x"]);
  });

  it("turns non-objects into a warning instead of a crash", () => {
    const result = diffDefinitions("not a definition", null);
    expect(result.changes).toEqual([]);
    expect(result.warnings).toHaveLength(2);
  });
});

describe("already dereferenced definitions", () => {
  it("diffs object graphs that loop back on themselves without hanging", () => {
    const dereference = (document: ReturnType<typeof makeDefinition>) => {
      const definitions = document.definitions as Record<string, { properties: Record<string, unknown> }>;
      const user = definitions.User;
      const item = definitions.Item;
      if (!user || !item) throw new Error("fixture changed");
      user.properties.manager = user;
      item.properties.owner = user;
      return document;
    };
    const before = dereference(makeDefinition());
    const after = dereference(editDefinition(makeDefinition(), [{ set: "/definitions/User/properties/name/type", value: "integer" }]));
    const result = diffDefinitions(before, after);
    expect(result.changes.map((c) => c.code)).toContain("ResponsePropertyTypeChanged");
  });
});

describe("already dereferenced definitions that branch", () => {
  it("stays fast when a looping definition refers to itself twice", () => {
    const build = (nameType: string) => {
      const document = makeDefinition();
      const user = (document.definitions as Record<string, { properties: Record<string, unknown> }>).User;
      if (!user) throw new Error("fixture changed");
      user.properties = { name: { type: nameType }, manager: user, reports: { type: "array", items: user }, peer: user };
      (document.definitions as Record<string, { properties: Record<string, unknown> }>).Item!.properties.owner = user;
      return document;
    };
    expect(diffDefinitions(build("string"), build("string")).changes).toEqual([]);
    expect(diffDefinitions(build("string"), build("integer")).changes.map((c) => c.code)).toContain("ResponsePropertyTypeChanged");
  });
});
