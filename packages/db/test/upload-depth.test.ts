// Uploads nested deeper than the hub stores are refused with where and what to change (no database needed).
import { describe, expect, it } from "vitest";
import { prepareConnectorSource } from "../src/connectors/prepare-connector-source.ts";

const nested = (levels: number) =>
  `{"swagger":"2.0","info":{"title":"Deep","description":"Deep.","version":"1.0"},"host":"api.contoso.example","basePath":"/","schemes":["https"],"paths":{"/x":{"get":{"operationId":"GetX","summary":"Get x","description":"Gets x.","responses":{"200":{"description":"OK","schema":${'{"type":"object","properties":{"a":'.repeat(levels)}{"type":"string"}${"}}".repeat(levels)}}}}}}}`;

describe("nesting limits of uploads", () => {
  it("keeps a definition the database can store (56 schema levels, 120 in all)", () => {
    expect(prepareConnectorSource({ content: nested(56), fileName: "ok.json" }).definition).toBeDefined();
  });

  it("refuses one nested past 120 levels before storing, naming where", () => {
    expect(() => prepareConnectorSource({ content: nested(57), fileName: "deep.json" })).toThrow(
      /deep\.json nests more than 120 levels deep \(at \/paths\/~1x\/get\/responses\/200\/schema\/properties\/a/,
    );
  });

  it("refuses text nested past 256 brackets before parsing it, with its line", () => {
    const text = `{\n"a":${"[".repeat(300)}1${"]".repeat(300)}}`;
    expect(() => prepareConnectorSource({ content: text, fileName: "brackets.json" })).toThrow(
      /brackets\.json nests more than 256 levels of brackets \(line 2\)/,
    );
    // Brackets inside strings do not count.
    expect(() => prepareConnectorSource({ content: nested(10).replace('"Deep."', `"${"[{".repeat(400)}"`), fileName: "s.json" })).not.toThrow();
  });
});
