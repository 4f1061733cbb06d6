import { certifyConnector, draftReadme, validateConnector, type TJsonObject } from "@connector-hub/definitions";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { sampleConnectorDefinitions } from "../src/index.ts";

function findingsFor(publicUrl: string, certification = true) {
  return sampleConnectorDefinitions(publicUrl).map(({ variant, swagger, apiProperties }) => {
    const { findings } = validateConnector({ definition: JSON.stringify(swagger), apiProperties: JSON.stringify(apiProperties), certification });
    return { variant, findings: findings.map((finding) => `${finding.severity} ${finding.code} ${finding.path}`) };
  });
}

describe("the hub's validator in certification mode", () => {
  it("finds nothing in the three definitions when served from a production host", () => {
    expect(findingsFor("https://inventory.contoso.com")).toEqual([
      { variant: "api-key", findings: [] },
      { variant: "basic", findings: [] },
      { variant: "oauth2", findings: [] },
    ]);
  });

  // Running on a developer's machine, the one thing certification rightly refuses is the local host.
  it("only objects to a loopback host when run locally", () => {
    for (const { findings } of findingsFor("http://127.0.0.1:3001")) expect(findings).toEqual(["error HostNotProduction /host"]);
  });

  it("finds nothing in the definitions of a local server outside certification mode", () => {
    for (const { findings } of findingsFor("http://127.0.0.1:3001", false)) expect(findings).toEqual([]);
  });
});

describe("the certification package of each sample connector", () => {
  it("is one folder laid out as microsoft/PowerPlatformConnectors' certified-connectors/<Connector Name>/ folders, with nothing to fix", () => {
    for (const { variant, swagger, apiProperties } of sampleConnectorDefinitions("https://inventory.contoso.com")) {
      const definition = `${JSON.stringify(swagger, null, 2)}\n`;
      const props = `${JSON.stringify(apiProperties, null, 2)}\n`;
      const readme = draftReadme(swagger as TJsonObject, { kind: "certified", publisher: "Contoso" });
      const report = certifyConnector({ kind: "certified", definition, apiProperties: props, readme });
      // Left: the brand icon, which the hub cannot make, and for OAuth the sample's own client id, to replace with a dummy value.
      const expected = variant === "oauth2" ? ["oauth2 RealClientId", "oauth2 IconMissing"] : [`${variant} IconMissing`];
      expect(report.findings.filter((f) => f.severity !== "info").map((f) => `${variant} ${f.code}`)).toEqual(expected);
      const title = (swagger as { info: { title: string } }).info.title;
      const folder = `certified-connectors/${title}`;
      expect(report.entries).toEqual([`${folder}/apiDefinition.swagger.json`, `${folder}/apiProperties.json`, `${folder}/readme.md`]);
      const unzipped = unzipSync(report.zip as Uint8Array);
      expect(Object.keys(unzipped)).toEqual(report.entries);
      expect(new TextDecoder().decode(unzipped[`${folder}/apiDefinition.swagger.json`])).toBe(definition);
      expect(new TextDecoder().decode(unzipped[`${folder}/readme.md`])).toBe(readme);
    }
  });
});
