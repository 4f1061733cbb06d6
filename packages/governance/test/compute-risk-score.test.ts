import { describe, expect, it } from "vitest";
import { computeRiskScore, type RiskFacts } from "../src/index.ts";

const quiet: RiskFacts = { authType: "OAUTH2", hosting: "CLOUD", scope: "USERS", dataSensitivity: "INTERNAL", errorCount: 0 };

describe("computeRiskScore", () => {
  it.each<{ name: string; facts: RiskFacts; score: number; level: string }>([
    { name: "OAuth, cloud, named users, internal data", facts: quiet, score: 15, level: "low" },
    {
      name: "anonymous to the organization, confidential",
      facts: { ...quiet, authType: "NONE", scope: "ORGANIZATION", dataSensitivity: "CONFIDENTIAL" },
      score: 55,
      level: "medium",
    },
    {
      name: "API key on-premises, organization, confidential",
      facts: { ...quiet, authType: "API_KEY", hosting: "ON_PREMISES", scope: "ORGANIZATION", dataSensitivity: "CONFIDENTIAL" },
      score: 55,
      level: "medium",
    },
    {
      name: "Basic, on-premises, organization, highly confidential",
      facts: { ...quiet, authType: "BASIC", hosting: "ON_PREMISES", scope: "ORGANIZATION", dataSensitivity: "HIGHLY_CONFIDENTIAL" },
      score: 70,
      level: "high",
    },
    { name: "private, public data", facts: { ...quiet, scope: "PRIVATE", dataSensitivity: "PUBLIC" }, score: 5, level: "low" },
    { name: "errors are capped at 15 points", facts: { ...quiet, errorCount: 10 }, score: 30, level: "medium" },
    {
      name: "everything at worst is capped at 100",
      facts: {
        authType: "NONE",
        hosting: "ON_PREMISES",
        scope: "PUBLIC",
        dataSensitivity: "HIGHLY_CONFIDENTIAL",
        errorCount: 9,
        warningCount: 9,
        plainHttp: true,
      },
      score: 100,
      level: "high",
    },
  ])("$name -> $score ($level)", ({ facts, score, level }) => {
    const r = computeRiskScore(facts);
    expect(r.score).toBe(score);
    expect(r.level).toBe(level);
    expect(r.lines.reduce((s, l) => s + l.points, 0)).toBe(score);
  });

  it("explains each factor on its own line", () => {
    const r = computeRiskScore({ ...quiet, authType: "NONE", plainHttp: true, errorCount: 1, warningCount: 2 });
    expect(r.lines.map((l) => l.factor)).toEqual([
      "authentication",
      "hosting",
      "sharing scope",
      "data sensitivity",
      "validation errors",
      "validation warnings",
      "transport",
    ]);
    expect(r.lines[0]).toMatchObject({ points: 25, explanation: expect.stringContaining("No authentication") });
    expect(r.lines.find((l) => l.factor === "validation errors")?.explanation).toContain("1 validation error ");
  });

  it("scores a wider scope higher, all else equal", () => {
    const scores = (["PRIVATE", "USERS", "ORGANIZATION", "PUBLIC"] as const).map((scope) => computeRiskScore({ ...quiet, scope }).score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(new Set(scores).size).toBe(4);
  });
});
