import { describe, expect, it } from "vitest";
import { checkImportScope } from "../src/index.ts";

describe("checkImportScope", () => {
  it("imports as PRIVATE, with or without the scope given", () => {
    expect(checkImportScope({})).toEqual({ allowed: true, scope: "PRIVATE" });
    expect(checkImportScope({ scope: "PRIVATE" })).toEqual({ allowed: true, scope: "PRIVATE" });
  });

  it.each(["USERS", "ORGANIZATION", "PUBLIC"] as const)("refuses %s at import and says to request sharing", (scope) => {
    const decision = checkImportScope({ scope });
    expect(decision.allowed).toBe(false);
    if (!decision.allowed) expect(decision.message).toMatch(new RegExp(`scope=${scope}.*request sharing on its Share page`));
  });
});
