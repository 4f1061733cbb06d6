import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { certifyConnector, checkIcon, checkReadme, readPngFacts } from "../src/index.ts";
import { makePng } from "./support/make-png.ts";
import { runCli } from "./run-cli.ts";

const here = dirname(fileURLToPath(import.meta.url));
const folder = join(here, "fixtures", "certify", "contoso-tasks");
const read = (name: string) => readFileSync(join(folder, name));
const brand: [number, number, number, number] = [0x0f, 0x6c, 0xbd, 255];
const codes = (findings: { code: string }[]) => findings.map((f) => f.code);

function withFolder(change: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "hub-certify-"));
  cpSync(folder, dir, { recursive: true });
  writeFileSync(join(dir, "icon.png"), makePng(230, 230, brand));
  change(dir);
  return dir;
}

describe("certifyConnector", () => {
  it("a folder that follows every rule: no finding, the zip laid out as the repository's folders", () => {
    const report = certifyConnector({
      kind: "certified",
      definition: read("apiDefinition.swagger.json"),
      apiProperties: read("apiProperties.json"),
      readme: read("readme.md").toString("utf8"),
      icon: makePng(230, 230, brand),
    });
    expect(report.findings).toEqual([]);
    expect(report.entries).toEqual([
      "certified-connectors/Contoso Tasks/apiDefinition.swagger.json",
      "certified-connectors/Contoso Tasks/apiProperties.json",
      "certified-connectors/Contoso Tasks/readme.md",
    ]);
    const unzipped = unzipSync(report.zip as Uint8Array);
    expect(Object.keys(unzipped)).toEqual(report.entries);
    expect(
      Buffer.from(unzipped["certified-connectors/Contoso Tasks/apiDefinition.swagger.json"] as Uint8Array).equals(read("apiDefinition.swagger.json")),
    ).toBe(true);
  });

  it("independent publisher: #da3b01, no icon in the package, Deployment Instructions optional", () => {
    const props = JSON.parse(read("apiProperties.json").toString("utf8")) as { properties: Record<string, unknown> };
    const report = certifyConnector({
      kind: "independent",
      definition: read("apiDefinition.swagger.json"),
      apiProperties: JSON.stringify(props),
      readme: read("readme.md")
        .toString("utf8")
        .replace(/## Deployment Instructions[\s\S]*$/, ""),
      icon: makePng(230, 230, brand),
    });
    expect(report.findings.map((f) => [f.code, f.severity])).toEqual([
      ["IconBrandColorNotIndependent", "error"],
      ["IconNotForIndependent", "warning"],
    ]);
    expect(report.entries[0]).toBe("independent-publisher-connectors/Contoso Tasks/apiDefinition.swagger.json");
  });

  it("apiProperties: publisher and stackOwner missing, white colour, real OAuth secret (never repeated)", () => {
    const props = {
      properties: {
        iconBrandColor: "#FFFFFF",
        capabilities: ["actions", "triggers"],
        connectionParameters: {
          token: { type: "oauthSetting", oAuthSettings: { identityProvider: "oauth2", clientId: "8f1c2b1e-real-id", clientSecret: "s3cr3t-value-123" } },
        },
      },
    };
    const report = certifyConnector({
      kind: "certified",
      definition: read("apiDefinition.swagger.json"),
      apiProperties: JSON.stringify(props, null, 2),
      readme: read("readme.md").toString("utf8"),
      icon: makePng(230, 230, [255, 255, 255, 255]),
    });
    const own = report.findings.filter(
      (f) => f.file === "apiProperties.json" && /Missing|Color|Client/.test(f.code) && !/^[A-Z][a-z]+[A-Z]\w*Required/.test(f.code),
    );
    expect(codes(own)).toEqual(["IconBrandColorDefault", "PublisherMissing", "StackOwnerMissing", "RealClientId", "RealClientSecret"]);
    expect(JSON.stringify(report.findings)).not.toMatch(/8f1c2b1e-real-id|s3cr3t-value-123/);
    expect(codes(report.findings)).toContain("IconWhiteBackground");
  });

  it("capabilities: each of actions and triggers the definition has and the list lacks, a warning; no list, a note", () => {
    const capabilityFindings = (capabilities: string[] | undefined) => {
      const props = JSON.parse(read("apiProperties.json").toString("utf8")) as { properties: Record<string, unknown> };
      props.properties.capabilities = capabilities;
      const report = certifyConnector({
        kind: "certified",
        definition: read("apiDefinition.swagger.json"),
        apiProperties: JSON.stringify(props, null, 2),
        readme: read("readme.md").toString("utf8"),
        icon: makePng(230, 230, brand),
      });
      return report.findings.filter((f) => f.code === "CapabilityMissing").map((f) => ({ severity: f.severity, message: f.message }));
    };
    expect(capabilityFindings(["actions", "triggers"])).toEqual([]);
    expect(capabilityFindings(["gateway"])).toEqual([
      { severity: "warning", message: 'The definition has actions: add "actions" to properties.capabilities.' },
      { severity: "warning", message: 'The definition has triggers: add "triggers" to properties.capabilities.' },
    ]);
    expect(capabilityFindings(["actions"])).toEqual([
      { severity: "warning", message: 'The definition has triggers: add "triggers" to properties.capabilities.' },
    ]);
    expect(capabilityFindings(undefined).map((f) => f.severity)).toEqual(["info", "info"]);
  });
});

describe("checkReadme", () => {
  it("the template left as it is: title and publisher placeholders, sections missing", () => {
    const template = "# Title\n\u200bSome text\n## Publisher: Publisher's Name\n## Prerequisites\n## Supported Operations\n### Operation 1\n";
    expect(checkReadme(template, "certified").map((f) => [f.code, f.line])).toEqual([
      ["ReadmeTitlePlaceholder", 1],
      ["ReadmePublisherPlaceholder", 3],
      ["ReadmeSectionMissing", 1],
      ["ReadmeSectionMissing", 1],
      ["ReadmeSectionMissing", 1],
      ["ReadmeZeroWidthSpace", 1],
    ]);
  });

  it("accepts the common variants with a warning and does not enforce order", () => {
    const text =
      "# Contoso\n## Publisher: Contoso\n## Obtaining Credentials\n## Pre-requisites\n## Supported Operations\n### List\n## Known Issues and Limitations\n";
    expect(checkReadme(text, "independent").map((f) => [f.code, f.severity, f.line])).toEqual([["ReadmeHeadingVariant", "warning", 4]]);
  });

  it("ignores headings inside code fences", () => {
    expect(codes(checkReadme("# A\n```\n# Title\n```\n", "independent"))).not.toContain("ReadmeTitlePlaceholder");
  });
});

describe("checkIcon", () => {
  it("reads a real PNG's size and background", () => {
    expect(readPngFacts(makePng(230, 230, brand))).toEqual({ width: 230, height: 230, bitDepth: 8, colorType: 6, corner: { hex: "#0f6cbd", alpha: 255 } });
  });

  it("says what is wrong with size, transparency, colour and format", () => {
    expect(codes(checkIcon(makePng(400, 400, brand), { kind: "certified", brandColor: "#0f6cbd" }))).toEqual(["IconSize"]);
    expect(codes(checkIcon(makePng(230, 200, brand), { kind: "certified" }))).toEqual(["IconNotSquare"]);
    expect(codes(checkIcon(makePng(230, 230, [0, 0, 0, 0]), { kind: "certified" }))).toEqual(["IconTransparent"]);
    expect(checkIcon(makePng(230, 230, [1, 2, 3, 255]), { kind: "certified", brandColor: "#0F6CBD" })[0]?.message).toBe(
      "The icon's background is #010203 but iconBrandColor is #0F6CBD; they must be equal (connector-validate-backgroundwithbrandiconcolor).",
    );
    expect(codes(checkIcon(new TextEncoder().encode("GIF89a..."), { kind: "certified" }))).toEqual(["IconNotPng"]);
    expect(codes(checkIcon(undefined, { kind: "certified" }))).toEqual(["IconMissing"]);
  });
});

// Each case runs the real CLI (tsx start-up included), slow on a loaded machine.
describe("connector-hub certify", { timeout: 30_000 }, () => {
  it("a ready folder: exit 0, the checklist, and the zip", () => {
    const dir = withFolder(() => {});
    const zip = join(dir, "..", `${dir.split("/").pop() ?? "x"}.zip`);
    const result = runCli(["certify", dir, "--zip", zip]);
    expect(result.stdout).toContain("What a reviewer will also ask (the hub cannot check these):");
    expect(result.stdout).toContain("A test account without multi-factor sign-in");
    expect(result.code).toBe(0);
    expect(Object.keys(unzipSync(readFileSync(zip)))).toEqual([
      "certified-connectors/Contoso Tasks/apiDefinition.swagger.json",
      "certified-connectors/Contoso Tasks/apiProperties.json",
      "certified-connectors/Contoso Tasks/readme.md",
    ]);
    rmSync(zip);
  });

  it("no readme: exit 1 with the finding; not a folder: exit 2", () => {
    const dir = withFolder((d) => rmSync(join(d, "readme.md")));
    const result = runCli(["certify", dir, "--format", "json"]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: { code: string }[]; kind: string };
    expect([report.kind, codes(report.findings)]).toEqual(["certified", ["ReadmeMissing"]]);
    expect(runCli(["certify", join(dir, "apiDefinition.swagger.json")]).code).toBe(2);
  });
});
