// The saved MCP test connection (issue 24) end to end through the route handlers, against a real key-protected MCP
// server on loopback: an editor saves the key, sees which fields are saved (never the value), discovers without
// typing it, the database holds no plaintext, and once removed discovery says what is missing.
import path from "node:path";
import { registerSampleConnectors } from "@connector-hub/db";
import { PERSONAS } from "@connector-hub/db/seed";
import { buildMcpApiProperties, buildMcpSwagger } from "@connector-hub/sample-api";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHubOpenApi } from "../app/api/v1/swagger.json/hub-openapi.ts";
import { makeTools, startScriptedServer, type ScriptedServer } from "./support/mcp-test-servers.ts";
import { answerValidator } from "./support/openapi-answers.ts";
import { openTestSession, PUBLIC_URL, startTestHub, type TestHub } from "./support/test-hub.ts";

const appDir = path.resolve(import.meta.dirname, "../app");
const KEY = "mcp-key-7d41c9e2b05a";
const SLUG = "sample-inventory-mcp-keyed";

describe("the saved MCP test connection", () => {
  let hub: TestHub;
  let server: ScriptedServer;
  let admin: string;
  let maker: string;
  let connectorId: string;
  const check = answerValidator(buildHubOpenApi("hub.contoso.com"));

  beforeAll(async () => {
    hub = await startTestHub();
    server = await startScriptedServer({ tools: makeTools(3), pageSize: 10, apiKey: KEY });
    const swagger = {
      ...(buildMcpSwagger({ publicUrl: `http://${server.host}` }) as Record<string, unknown>),
      securityDefinitions: { api_key: { type: "apiKey", in: "header", name: "x-api-key" } },
      security: [{ api_key: [] }],
    };
    await registerSampleConnectors(hub.db, {
      definitions: [
        { variant: "mcp-keyed", swagger: swagger as never, apiProperties: buildMcpApiProperties() },
        { variant: "mcp-open", swagger: buildMcpSwagger({ publicUrl: `http://${server.host}` }), apiProperties: buildMcpApiProperties() },
      ],
    });
    connectorId = (await hub.db.connector.findUniqueOrThrow({ where: { slug: SLUG } })).id;
    const persona = (key: string) => hub.seeded.users[PERSONAS.find((p) => p.key === key)!.key]!;
    admin = `hub_session=${await openTestSession(hub.db, persona("admin"))}`;
    maker = `hub_session=${await openTestSession(hub.db, persona("maker2"))}`;
  });

  afterAll(async () => {
    await server?.close();
    await hub?.stop();
  });

  async function call(route: string, method: string, body?: unknown, as = admin, slug = SLUG) {
    const viewer = await import("../src/server/auth/viewer.ts");
    const mod = (await import(path.join(appDir, route, "route.ts"))) as Record<string, (...args: unknown[]) => Promise<Response>>;
    const url = route.replace("[slug]", slug);
    const headers = new Headers({ origin: PUBLIC_URL, cookie: as, "x-forwarded-for": "10.9.0.2" });
    if (body !== undefined) headers.set("content-type", "application/json");
    const request = new NextRequest(`${PUBLIC_URL}${url}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    const response = await viewer.runWithCredentials({ sessionCookie: as.slice("hub_session=".length), authorization: null, cookieOnly: false }, () =>
      mod[method]!(request, { params: Promise.resolve({ slug }) }),
    );
    const text = response.status === 204 ? "" : await response.text();
    const answer = text ? (JSON.parse(text) as Record<string, unknown>) : null;
    const result = answer === null ? { checked: true } : check({ key: `${method} ${route}`, caller: "admin", status: response.status, body: answer });
    return { status: response.status, text, answer, result };
  }

  const TEST_CONNECTION = "/api/v1/connectors/[slug]/mcp/test-connection";
  const DISCOVERIES = "/api/v1/connectors/[slug]/mcp/discoveries";

  it("saves the key sealed, shows its field only, and discovers with it", async () => {
    const before = await call(TEST_CONNECTION, "GET");
    expect(before.answer).toEqual({ saved: false, fields: [], savedAt: null, savedBy: null });

    // Without a key the server refuses, and the message says what to do.
    const refused = await call(DISCOVERIES, "POST", {});
    expect(refused.status).toBe(422);
    expect((refused.answer?.error as { message?: string } | undefined)?.message).toMatch(/refused the connection \(unauthorized\).*save one/);

    const saved = await call(TEST_CONNECTION, "PUT", { connection: { apiKey: KEY } });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.result).toEqual({ checked: true });
    expect(saved.answer).toMatchObject({ saved: true, fields: ["apiKey"], savedBy: "Ada Admin" });
    expect(saved.text).not.toContain(KEY);

    const read = await call(TEST_CONNECTION, "GET");
    expect(read.result).toEqual({ checked: true });
    expect(read.answer).toMatchObject({ saved: true, fields: ["apiKey"] });
    expect(read.text).not.toContain(KEY);

    const discovered = await call(DISCOVERIES, "POST", {});
    expect(discovered.status, discovered.text).toBe(201);
    expect(discovered.answer).toMatchObject({ toolCount: 3, serverName: "scripted" });

    // Neither the row nor the audit trail holds the key; the row is bound to this connector.
    const rows = await hub.db.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "McpTestConnection" WHERE "connectorId" = ${connectorId}`;
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(KEY);
    expect(Buffer.from(String(rows[0]!.sealed), "base64url").toString("latin1")).not.toContain(KEY);
    const audit = await hub.db.auditEvent.findMany({ where: { entityId: connectorId, action: { startsWith: "connector.mcp_test_connection" } } });
    expect(audit.map((a) => a.action)).toEqual(["connector.mcp_test_connection_saved"]);
    expect(JSON.stringify(audit, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))).not.toContain(KEY);
  });

  it("keeps it to the connector's editors, even on a sample", async () => {
    expect((await call(TEST_CONNECTION, "GET", undefined, maker)).status).toBe(403);
    expect((await call(TEST_CONNECTION, "PUT", { connection: { apiKey: "someone-elses" } }, maker)).status).toBe(403);
    expect((await call(TEST_CONNECTION, "DELETE", undefined, maker)).status).toBe(403);
  });

  it("refuses a key for a connector whose definition takes none", async () => {
    const refused = await call(TEST_CONNECTION, "PUT", { connection: { apiKey: KEY } }, admin, "sample-inventory-mcp-open");
    expect(refused.status).toBe(422);
    expect(refused.text).toMatch(/takes no API key/);
  });

  it("refuses a row moved to another connector", async () => {
    const other = await hub.db.connector.findFirstOrThrow({ where: { slug: { not: SLUG } } });
    const row = await hub.db.mcpTestConnection.findUniqueOrThrow({ where: { connectorId } });
    const { openConnection } = await import("../src/server/mcp/connection-seal.ts");
    const key = Buffer.from(process.env.HUB_CONNECTION_KEY!, "base64");
    expect(openConnection(row.sealed, { key, aad: connectorId })).toEqual({ apiKey: KEY });
    expect(() => openConnection(row.sealed, { key, aad: other.id })).toThrow(/does not open/);
  });

  it("after a key rotation, the old key in HUB_CONNECTION_KEY_PREVIOUS opens it once and it is sealed again under the new key", async () => {
    const { connectionKeyId, openConnection } = await import("../src/server/mcp/connection-seal.ts");
    const { randomBytes } = await import("node:crypto");
    const oldKey = process.env.HUB_CONNECTION_KEY!;
    const newKey = randomBytes(32).toString("base64");
    const before = await hub.db.mcpTestConnection.findUniqueOrThrow({ where: { connectorId } });
    process.env.HUB_CONNECTION_KEY = newKey;
    try {
      // Rotated without naming the old key: it does not open, and the message says what to set.
      const refused = await call(DISCOVERIES, "POST", {});
      expect(refused.status).toBe(422);
      expect(refused.text).toMatch(/HUB_CONNECTION_KEY_PREVIOUS/);
      process.env.HUB_CONNECTION_KEY_PREVIOUS = oldKey;
      expect((await call(DISCOVERIES, "POST", {})).status).toBe(201);
      const after = await hub.db.mcpTestConnection.findUniqueOrThrow({ where: { connectorId } });
      expect(after.keyId).toBe(connectionKeyId(Buffer.from(newKey, "base64")));
      expect(after.sealed).not.toBe(before.sealed);
      expect(openConnection(after.sealed, { key: Buffer.from(newKey, "base64"), aad: connectorId })).toEqual({ apiKey: KEY });
      // Once sealed again, the old key is no longer needed.
      delete process.env.HUB_CONNECTION_KEY_PREVIOUS;
      expect((await call(DISCOVERIES, "POST", {})).status).toBe(201);
    } finally {
      delete process.env.HUB_CONNECTION_KEY_PREVIOUS;
    }
  });

  it("once removed, discovery without a key fails with a clear message", async () => {
    const removed = await call(TEST_CONNECTION, "DELETE");
    expect(removed.status).toBe(204);
    expect((await call(TEST_CONNECTION, "GET")).answer).toMatchObject({ saved: false, fields: [] });
    const refused = await call(DISCOVERIES, "POST", {});
    expect(refused.status).toBe(422);
    expect((refused.answer?.error as { message?: string } | undefined)?.message).toMatch(
      /refused the connection \(unauthorized\); give the API key or access token of a test connection, or save one/,
    );
    // A key given in the body still works for that call only, and is not saved.
    const once = await call(DISCOVERIES, "POST", { connection: { apiKey: KEY } });
    expect(once.status).toBe(201);
    expect(await hub.db.mcpTestConnection.count({ where: { connectorId } })).toBe(0);
  });
});
