import { readFileSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { buildHubOpenApi } from "../app/api/v1/swagger.json/hub-openapi.ts";
import { answerValidator } from "./support/openapi-answers.ts";

const fixtures = path.resolve(import.meta.dirname, "../../../packages/definitions/test/fixtures");
const check = answerValidator(buildHubOpenApi("hub.contoso.com"));

// POST /api/v1/validate?profile=agent, called as the route handler (anonymous: no session, no database).
async function validate(file: string, query: string) {
  const { POST } = await import("../app/api/v1/validate/route.ts");
  const body = readFileSync(path.join(fixtures, file), "utf8");
  const request = new NextRequest(`https://hub.contoso.com/api/v1/validate?fileName=${path.basename(file)}${query}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-hub-client-address": "10.9.0.7" },
    body,
  });
  const response = await POST(request, { params: Promise.resolve({}) });
  return { status: response.status, answer: (await response.json()) as Record<string, unknown> };
}

describe("validate with the agent profile", () => {
  it("adds the agent-readiness findings only when asked, and tells an MCP connector from a REST one", async () => {
    const plain = await validate("invalid/AgentToolSummaryMissing.json", "");
    expect(plain.status).toBe(200);
    expect(plain.answer).toMatchObject({ profile: "default", findings: [], connector: { kind: "REST", mcp: null } });
    const agent = await validate("invalid/AgentToolSummaryMissing.json", "&profile=agent");
    expect(agent.status).toBe(200);
    expect(check({ key: "POST /api/v1/validate", caller: "anonymous", status: 200, body: agent.answer })).toEqual({ checked: true });
    expect((agent.answer.findings as { code: string }[]).map((f) => f.code)).toEqual(["AgentToolSummaryMissing"]);
    const mcp = await validate("valid/mcp/motherduck.json", "&profile=agent");
    expect(mcp.answer).toMatchObject({
      findings: [],
      connector: { kind: "MCP", mcp: { operationId: "InvokeServer", endpoint: "https://api.motherduck.com/mcp" } },
    });
  });

  it("refuses an unknown profile with what to write", async () => {
    const bad = await validate("valid/mcp/motherduck.json", "&profile=agents");
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.answer)).toMatch(/profile is \\"default\\" or \\"agent\\"/);
  });
});
