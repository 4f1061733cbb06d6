import { describe, expect, it } from "vitest";
import { convertPostmanCollection } from "../src/index.ts";

function nestedCollection(depth: number): string {
  const leaf = JSON.stringify({ name: "List things", request: { method: "GET", url: "https://api.contoso.example/things" } });
  return `{"info":{"name":"Deep","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},"item":[${'{"name":"f","item":['.repeat(depth)}${leaf}${"]}".repeat(depth)}]}`;
}

describe("Postman folders nested deep", () => {
  it("converts a collection nested 99 folders deep", () => {
    const result = convertPostmanCollection(nestedCollection(99));
    expect(Object.keys((result.swagger?.paths ?? {}) as object)).toEqual(["/things"]);
  });

  it("refuses 50,000 nested folders with what to change, instead of exhausting the stack", () => {
    const result = convertPostmanCollection(nestedCollection(50_000), "deep.postman.json");
    expect(result.swagger).toBeUndefined();
    expect(result.findings).toMatchObject([
      { code: "PostmanCollectionNotValid", severity: "error", message: expect.stringMatching(/nests folders more than 100 levels deep.*fewer levels/) },
    ]);
  });
});
