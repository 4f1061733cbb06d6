// Crafted archives (zip bombs and their cousins) are refused with a finding that says what is wrong, and a real
// paconn zip made by an ordinary zip tool still reads.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readPaconnZip } from "../src/index.ts";
import { bombs } from "./support/craft-zip.ts";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "fixtures");

describe("crafted paconn zips", () => {
  it.each(Object.entries(bombs()))("refuses %s", (_name, { zip, says }) => {
    const read = readPaconnZip(zip, "bomb.zip");
    expect(read.files.definition).toBeUndefined();
    expect(read.findings).toHaveLength(1);
    expect(read.findings[0]).toMatchObject({ severity: "error", file: "bomb.zip" });
    expect(read.findings[0]!.message).toMatch(says);
    expect(read.findings[0]!.message).toMatch(/^bomb\.zip /);
  });

  it("reads a zip with a folder entry, files in one sub-folder and things zip tools add", () => {
    const definition = readFileSync(join(fixtures, "valid", "contoso-tasks", "apiDefinition.swagger.json"));
    const zip = zipSync({
      "tasks/": new Uint8Array(0),
      "tasks/apiDefinition.swagger.json": definition,
      "tasks/.DS_Store": new Uint8Array(10),
      "__MACOSX/tasks/._apiDefinition.swagger.json": new Uint8Array(5),
    });
    const read = readPaconnZip(zip, "tasks.zip");
    expect(read.findings).toEqual([]);
    expect(read.files.names.definition).toBe("tasks.zip/tasks/apiDefinition.swagger.json");
    expect(Buffer.from(read.files.definition!).equals(definition)).toBe(true);
  });

  it("refuses two definitions in different folders, naming both", () => {
    const zip = zipSync({ "a/apiDefinition.swagger.json": new TextEncoder().encode("{}"), "b/apiDefinition.swagger.json": new TextEncoder().encode("{}") });
    const { findings } = readPaconnZip(zip, "two.zip");
    expect(findings.map((f) => f.code)).toEqual(["ArchiveNotValid"]);
    expect(findings[0]!.message).toMatch(/two apiDefinition\.swagger\.json \(a\/apiDefinition\.swagger\.json and b\/apiDefinition\.swagger\.json\)/);
  });
});
