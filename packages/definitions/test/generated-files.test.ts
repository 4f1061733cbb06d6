import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { README, withRuleTable } from "../scripts/generate-docs.ts";
import {
  GENERATED_THOROUGH_VALIDATOR,
  GENERATED_VALIDATOR,
  generateSwaggerValidator,
  generateThoroughSwaggerValidator,
} from "../scripts/generate-swagger-validator.ts";

describe("generated files are up to date", () => {
  it("README's rule table matches the rules in the code (run `npm run docs` to refresh)", () => {
    const readme = readFileSync(README, "utf8");
    expect(withRuleTable(readme)).toBe(readme);
  });

  it("the precompiled Swagger 2.0 validators match the schema and ajv in use (run `npm run generate:validator`)", () => {
    expect(generateSwaggerValidator()).toBe(readFileSync(GENERATED_VALIDATOR, "utf8"));
    expect(generateThoroughSwaggerValidator()).toBe(readFileSync(GENERATED_THOROUGH_VALIDATOR, "utf8"));
  });
});
