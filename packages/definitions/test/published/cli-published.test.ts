// The CLI's side of issue 23, run as a user would: `validate --published` (matches in JSON, a note in SARIF) and
// `public-index build` from a folder laid out like microsoft/PowerPlatformConnectors.
import { mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findCorpusDir, isCi } from "../corpus-helpers.ts";
import { runCli } from "../run-cli.ts";

const DEFINITION = "test/published/hubspot-companies.swagger.json";
const CLONE = "test/published/fixture-clone";

describe("validate --published", { timeout: 60_000 }, () => {
  it("puts the matches in the JSON report, best first, with the operations shared", () => {
    const { code, stdout } = runCli(["validate", DEFINITION, "--published", "--format", "json"]);
    expect(code).toBe(0);
    const file = JSON.parse(stdout).files[0];
    expect(file.published.map((m: { title: string }) => m.title)).toEqual([
      "HubSpot CRM",
      "HubSpot CRM V2",
      "HubSpot CMS",
      "HubSpot CMS V2",
      "HubSpot Conversations V2",
    ]);
    expect(file.published[0].reasons.map((r: { code: string }) => r.code)).toEqual(["SAME_DOMAIN", "SIMILAR_TITLE", "SHARED_OPERATIONS"]);
    expect(file.published[0].sharedOperations.map((o: { operationId: string }) => o.operationId)).toEqual([
      "CompaniesList",
      "CompaniesCreate",
      "CompaniesRead",
      "CompaniesArchive",
    ]);
    expect(file.findings.map((f: { code: string; severity: string; line: number }) => [f.code, f.severity, f.line])).toEqual([
      ["PublishedConnectorExists", "info", 4],
    ]);
  });

  it("is a note-level result in SARIF, with its rule described", () => {
    const { code, stdout } = runCli(["validate", DEFINITION, "--published", "--format", "sarif"]);
    expect(code).toBe(0);
    const run = JSON.parse(stdout).runs[0];
    expect(run.results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([["PublishedConnectorExists", "note"]]);
    expect(run.results[0].message.text).toContain('"HubSpot CRM" (independent-publisher, Hitachi Solutions): same domain: hubapi.com');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(["PublishedConnectorExists"]);
    // Pointed at by index as every other result is, so viewers that read ruleIndex find its description.
    expect(run.results[0].ruleIndex).toBe(0);
  });

  it("leaves the reports as they were without the flag", () => {
    const { stdout } = runCli(["validate", DEFINITION, "--format", "json"]);
    expect(JSON.parse(stdout).files[0]).toEqual({ file: DEFINITION, findings: [] });
  });

  it("reads another index with --published-index, and says what is wrong with a bad one", () => {
    const dir = mkdtempSync(join(tmpdir(), "hub-index-"));
    const built = runCli(["public-index", "build", CLONE, "--commit", "abc", "--date", "2024-01-02", "-o", join(dir, "index.json")]);
    expect(built.code).toBe(0);
    const { stdout } = runCli(["validate", DEFINITION, "--published-index", join(dir, "index.json"), "--format", "json"]);
    expect(JSON.parse(stdout).files[0].published).toEqual([]);
    const bad = runCli(["validate", DEFINITION, "--published-index", DEFINITION]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('has no "commit"');
  });
});

describe("public-index build", { timeout: 60_000 }, () => {
  it("indexes the certified and independent-publisher folders of a clone, counting what is not strict JSON", () => {
    const { code, stdout, stderr } = runCli(["public-index", "build", CLONE, "--commit", "abc", "--date", "2024-01-02"]);
    expect(code).toBe(0);
    expect(stderr).toBe("Indexed 2 connectors (1 certified, 1 independent publisher), 5 operations, at abc (2024-01-02); 1 unreadable left out.\n");
    expect(JSON.parse(stdout)).toEqual({
      source: "github.com/microsoft/PowerPlatformConnectors",
      commit: "abc",
      date: "2024-01-02",
      licence: "MIT (see LICENSE beside this file)",
      count: 2,
      unreadable: 1,
      connectors: [
        {
          folder: "certified-connectors/Acme Parcels",
          kind: "certified",
          title: "Acme Parcels",
          publisher: "Acme Inc.",
          stackOwner: "Acme Inc.",
          host: "api.acme-parcels.com",
          basePath: "/v2",
          brandColor: "#ff8800",
          authTypes: ["apiKey", "oauth2"],
          operations: [
            { operationId: "ListParcels", method: "GET", path: "/parcels" },
            { operationId: "CreateParcel", method: "POST", path: "/parcels" },
            { operationId: "GetParcel", method: "GET", path: "/parcels/{parcelId}" },
            { operationId: "OnParcelDelivered", method: "POST", path: "/hooks", trigger: true },
          ],
        },
        {
          folder: "independent-publisher-connectors/Open Holidays",
          kind: "independent-publisher",
          title: "Open Holidays",
          publisher: "Jane Doe",
          host: "openholidaysapi.org",
          brandColor: "#da3b01",
          operations: [{ operationId: "PublicHolidays", method: "GET", path: "/PublicHolidays" }],
        },
      ],
    });
  });

  it("refuses a folder that is not a clone, and a clone that is not a git checkout without --commit and --date", () => {
    const notClone = runCli(["public-index", "build", "test"]);
    expect(notClone.code).toBe(2);
    expect(notClone.stderr).toContain("has neither certified-connectors/ nor independent-publisher-connectors/");
    const dir = mkdtempSync(join(tmpdir(), "hub-clone-"));
    symlinkSync(join(process.cwd(), CLONE, "certified-connectors"), join(dir, "certified-connectors"));
    const noGit = runCli(["public-index", "build", dir]);
    expect(noGit.code).toBe(2);
    expect(noGit.stderr).toContain("is not a git checkout: say which commit and date it is with --commit and --date");
  });

  const corpus = findCorpusDir();
  if (!corpus && isCi) throw new Error("CI=true but the shared corpus is missing: set SHARED_DIR to the folder holding corpus/.");
  it.skipIf(!corpus)("rebuilds the shipped index's independent-publisher entries exactly from the corpus (same commit)", () => {
    const dir = mkdtempSync(join(tmpdir(), "hub-clone-"));
    symlinkSync(join(corpus!, "connectors", "independent-publisher"), join(dir, "independent-publisher-connectors"));
    const out = join(dir, "index.json");
    expect(runCli(["public-index", "build", dir, "--commit", "8bff86eac6d04e939faee0de15298e911b118c21", "--date", "2024-10-23", "-o", out]).code).toBe(0);
    const built = JSON.parse(readFileSync(out, "utf8"));
    const shipped = JSON.parse(readFileSync("data/public-connectors/index.json", "utf8"));
    expect(built.connectors).toEqual(shipped.connectors.filter((c: { kind: string }) => c.kind === "independent-publisher"));
  });
});
