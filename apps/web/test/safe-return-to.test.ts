// returnTo after sign-in: whatever the query says, the browser ends on the hub's own origin. The known bypass forms
// one by one, then fast-check over strings built from the characters those bypasses are made of.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeReturnTo } from "../src/server/auth/safe-return-to.ts";

const PUBLIC = "https://hub.contoso.example";
const lands = (value: string | null) => new URL(safeReturnTo(value, PUBLIC), PUBLIC);

describe("safeReturnTo", () => {
  it.each([
    "/\t/evil.example/phish",
    "/%09/evil.example",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    " //evil.example",
    "\t//evil.example",
    "https://evil.example",
    "HTTPS://evil.example",
    "https:evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "//evil.example@hub.contoso.example",
    "https://hub.contoso.example@evil.example/",
    "https://user:pw@hub.contoso.example/",
    "/.//evil.example",
    "/..//evil.example",
    "http://hub.contoso.example/",
    "//hub.contoso.example.evil.example/",
    "/%5Cevil.example",
    "%2F%2Fevil.example",
    "/auth/sign-out",
    "/auth/callback?code=x",
  ])("%j stays on the hub", (value) => {
    const url = lands(value);
    expect(url.origin).toBe(PUBLIC);
    expect(url.protocol).toBe("https:");
  });

  it("keeps same-origin paths, with query and fragment", () => {
    expect(safeReturnTo("/connectors/x?tab=versions#v2", PUBLIC)).toBe("/connectors/x?tab=versions#v2");
    expect(safeReturnTo("https://hub.contoso.example/governance", PUBLIC)).toBe("/governance");
    expect(safeReturnTo("/\t/evil.example/phish", PUBLIC)).toBe("/");
  });

  it("never leaves the origin, for any string made of the bypass alphabet", () => {
    const piece = fc.constantFrom(
      "/",
      "\\",
      "\t",
      "\n",
      "\r",
      " ",
      "%2F",
      "%5C",
      "%09",
      ".",
      "..",
      ":",
      "@",
      "evil.example",
      "hub.contoso.example",
      "javascript:",
      "https:",
      "http:",
      "#",
      "?",
      "%",
      "\u3002",
      "\uff0f",
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((parts) => parts.join("")),
        (value) => {
          const result = safeReturnTo(value, PUBLIC);
          expect(result.startsWith("/")).toBe(true);
          expect(result.startsWith("//") || result.startsWith("/\\")).toBe(false);
          // Resolved again, as the callback and the browser do, it is still the hub.
          expect(new URL(result, PUBLIC).origin).toBe(PUBLIC);
          expect(new URL(result, "https://other.example").origin).toBe("https://other.example");
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("never leaves the origin for arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (value) => new URL(safeReturnTo(value, PUBLIC), PUBLIC).origin === PUBLIC),
      { numRuns: 5000 },
    );
  });
});
