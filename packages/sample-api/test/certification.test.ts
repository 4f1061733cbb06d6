import { validateConnector } from "@connector-hub/definitions";
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
