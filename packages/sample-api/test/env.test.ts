import { describe, expect, it } from "vitest";
import { parseEnv } from "../src/env.ts";

describe("parseEnv", () => {
  it("defaults to 127.0.0.1:3001", () => {
    expect(parseEnv({})).toMatchObject({ env: { SAMPLE_API_PORT: 3001, SAMPLE_API_HOST: "127.0.0.1", LOG_LEVEL: "info" } });
  });
  it("says which variable is wrong and what it must be", () => {
    expect(parseEnv({ SAMPLE_API_PORT: "70000" })).toEqual({ error: "Invalid environment: SAMPLE_API_PORT must be 0 to 65535." });
    expect(parseEnv({ SAMPLE_API_PUBLIC_URL: "inventory" })).toMatchObject({
      error: expect.stringMatching(/SAMPLE_API_PUBLIC_URL must be an http or https URL/),
    });
  });
  it("wants the three OpenID provider settings together", () => {
    expect(parseEnv({ SAMPLE_API_OAUTH_ISSUER: "https://issuer.example.com" })).toMatchObject({ error: expect.stringMatching(/together, or none/) });
  });
});
