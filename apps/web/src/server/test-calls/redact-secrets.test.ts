import { describe, expect, it } from "vitest";
import { redactSecrets } from "./redact-secrets.ts";

describe("redactSecrets", () => {
  it("hides a secret however a URL or form spells it", () => {
    const key = "ab+c/d=e f";
    const text = `raw ${key} | ${encodeURIComponent(key)} | ${new URLSearchParams({ k: key }).toString()}`;
    const out = redactSecrets(text, [key]);
    expect(out).not.toContain("ab+c/d=e f");
    expect(out).not.toContain("ab%2Bc%2Fd%3De");
    expect(out).toBe("raw [redacted] | [redacted] | k=[redacted]");
  });

  it("leaves text without secrets alone", () => {
    expect(redactSecrets("nothing to hide", ["s3cr3t"])).toBe("nothing to hide");
  });
});
