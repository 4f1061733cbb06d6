import { mkdtempSync, readFileSync, truncateSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  convertPostmanCollection,
  readPaconnFolder,
  readPaconnZip,
  validateConnector,
  validatePostmanCollection,
  writePaconnFolder,
  writePaconnZip,
  type TJsonObject,
} from "../src/index.ts";
import { runCli } from "./run-cli.ts";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "fixtures");
const postman = (name: string) => readFileSync(join(fixtures, "postman", name));
const get = (obj: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), obj);

describe("convertPostmanCollection", () => {
  it("turns a v2.1 collection into operations, parameters and an API key definition", () => {
    const { swagger, findings } = convertPostmanCollection(postman("contoso-v21.json"));
    expect(findings).toEqual([]);
    expect(swagger?.host).toBe("notes.contoso.net");
    expect(Object.keys(swagger?.paths as object)).toEqual(["/v1/notes", "/v1/notes/{noteId}", "/v1/notes/{noteId}/attachments"]);
    expect(get(swagger, "paths", "/v1/notes", "get", "operationId")).toBe("ListNotes");
    expect(get(swagger, "paths", "/v1/notes/{noteId}", "get", "parameters")).toEqual([
      expect.objectContaining({ name: "noteId", in: "path", required: true }),
      expect.objectContaining({ name: "X-Trace", in: "header" }),
    ]);
    expect(get(swagger, "paths", "/v1/notes", "post", "parameters", "0", "schema", "properties", "pinned")).toEqual({ type: "boolean" });
    expect(get(swagger, "paths", "/v1/notes", "get", "responses", "200", "schema", "items", "properties", "created")).toEqual({
      type: "string",
      format: "date-time",
    });
    expect(get(swagger, "paths", "/v1/notes/{noteId}/attachments", "post", "consumes")).toEqual(["multipart/form-data"]);
    expect(swagger?.securityDefinitions).toEqual({ api_key: { type: "apiKey", in: "header", name: "X-Api-Key" } });
    expect(validateConnector({ definition: JSON.stringify(swagger) }).summary.errors).toBe(0);
  });

  it("reads v2.0 OAuth settings and reports requests it had to leave out, at their line", () => {
    const { swagger, findings } = convertPostmanCollection(postman("contoso-v20.json"), "v20.json");
    expect(get(swagger, "securityDefinitions", "oauth2_auth", "tokenUrl")).toBe("https://login.contoso.net/token");
    expect(swagger?.security).toEqual([{ oauth2_auth: ["notes.read", "notes.write"] }]);
    expect(findings).toMatchObject([{ code: "PostmanRequestSkipped", path: "/item/1", line: 12, file: "v20.json" }]);
  });

  it("converts a v1 collection", () => {
    const { swagger } = convertPostmanCollection(postman("contoso-v1.json"));
    expect(swagger?.schemes).toEqual(["http"]);
    expect(get(swagger, "paths", "/search", "get", "parameters")).toEqual([
      expect.objectContaining({ name: "q", in: "query" }),
      expect.objectContaining({ name: "X-Tenant", in: "header" }),
    ]);
    expect(get(swagger, "paths", "/forms", "post", "consumes")).toEqual(["application/x-www-form-urlencoded"]);
  });

  it("refuses a file that is not a collection, and places validation findings on the request", () => {
    expect(convertPostmanCollection('{"swagger": "2.0"}').findings.map((f) => f.code)).toEqual(["PostmanCollectionNotValid"]);
    const collection = {
      info: { name: "X", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
      item: [{ name: "Bad", request: { method: "GET", url: "https://x.example.net/a/{{id}}" } }],
    };
    const text = JSON.stringify(collection, null, 2);
    const result = validatePostmanCollection(text, { fileName: "c.json" });
    expect(result.findings.every((f) => f.file === "c.json" && f.line > 0)).toBe(true);
  });
});

const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe("paconn folders and zips", () => {
  const definition = readFileSync(join(fixtures, "valid", "contoso-tasks", "apiDefinition.swagger.json"), "utf8");
  const apiProperties = readFileSync(join(fixtures, "valid", "contoso-tasks", "apiProperties.json"), "utf8");

  it("round-trips a connector through a zip byte for byte", () => {
    const zip = writePaconnZip({ definition, apiProperties, icon: PNG_SIGNATURE, script: "public class Script {}" });
    const { files, findings } = readPaconnZip(zip);
    expect(findings).toEqual([]);
    expect(new TextDecoder().decode(files.definition)).toBe(definition);
    expect(new TextDecoder().decode(files.apiProperties)).toBe(apiProperties);
    expect([...(files.icon ?? [])]).toEqual([...PNG_SIGNATURE]);
    expect(JSON.parse(new TextDecoder().decode(files.settings))).toMatchObject({
      apiDefinition: "apiDefinition.swagger.json",
      icon: "icon.png",
      script: "script.csx",
    });
  });

  it("leaves out an icon that is not a PNG or JPEG under 1 MB, with a warning", () => {
    const notImage = readPaconnZip(writePaconnZip({ definition, apiProperties, icon: new TextEncoder().encode("<svg onload=alert(1)>") }));
    expect(notImage.files.icon).toBeUndefined();
    expect(notImage.findings).toMatchObject([
      { code: "PaconnIconNotImage", severity: "warning", message: expect.stringMatching(/icon\.png is not a PNG or JPEG image.*Use a PNG or JPEG under 1 MB/) },
    ]);
    const huge = new Uint8Array(1_200_000);
    huge.set([0xff, 0xd8, 0xff]);
    expect(readPaconnZip(writePaconnZip({ definition, apiProperties, icon: huge })).findings).toMatchObject([
      { code: "PaconnIconNotImage", message: expect.stringMatching(/is 1\.1 MB/) },
    ]);
    const jpeg = readPaconnZip(writePaconnZip({ definition, apiProperties, icon: new Uint8Array([0xff, 0xd8, 0xff, 0xe0]) }));
    expect(jpeg.findings).toEqual([]);
    expect(jpeg.files.icon).toBeDefined();
  });

  it("writes and reads a folder, and creates apiProperties that match the security definition", () => {
    const dir = mkdtempSync(join(tmpdir(), "paconn-"));
    writePaconnFolder(dir, { definition: JSON.parse(definition) as TJsonObject });
    const { files } = readPaconnFolder(dir);
    const props = JSON.parse(new TextDecoder().decode(files.apiProperties)) as TJsonObject;
    expect(get(props, "properties", "connectionParameters", "api_key", "type")).toBe("securestring");
    expect(validateConnector({ definition: files.definition ?? "", apiProperties: files.apiProperties }).summary.errors).toBe(0);
  });

  it("reports a broken archive, a missing definition and an oversized file without reading it", () => {
    expect(readPaconnZip(new TextEncoder().encode("PK not a zip")).findings.map((f) => f.code)).toEqual(["ArchiveNotValid"]);
    const dir = mkdtempSync(join(tmpdir(), "paconn-"));
    expect(readPaconnFolder(dir).findings.map((f) => f.code)).toEqual(["PaconnDefinitionMissing"]);
    const big = join(dir, "apiDefinition.swagger.json");
    writeFileSync(big, "");
    truncateSync(big, 50 * 1024 * 1024);
    const read = readPaconnFolder(dir);
    expect(read.findings).toMatchObject([{ code: "FileTooLarge", severity: "error" }]);
    expect(read.files.definition).toBeUndefined();
  });

  it("validates zips and converted collections from the command line", { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "paconn-"));
    const zip = join(dir, "tasks.zip");
    writeFileSync(zip, writePaconnZip({ definition, apiProperties }));
    expect(runCli(["validate", zip]).code).toBe(0);
    const out = join(dir, "from-postman");
    mkdirSync(out);
    expect(runCli(["convert", "test/fixtures/postman/contoso-v20.json", "--out", out]).code).toBe(0);
    expect(runCli(["validate", out]).code).toBe(0);
    expect(runCli(["convert", "test/fixtures/postman/contoso-v20.json"]).code).toBe(2);
  });
});
