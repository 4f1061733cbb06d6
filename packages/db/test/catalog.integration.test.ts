import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../src/client.ts";
import { addConnectorVersion } from "../src/connectors/add-connector-version.ts";
import { importConnector } from "../src/connectors/import-connector.ts";
import { listCatalog } from "../src/connectors/list-catalog.ts";
import { assignPlan, createDemoConnector, createEnvironment, createLicencePlans, createUser } from "../src/seed/factories.ts";
import type { DemoConnectorSpec } from "../src/seed/demo-definitions.ts";

const db = createDb(inject("databaseUrl"), { poolSize: 4 });
// A word no other test uses, so counts below are exact whatever else the database holds.
const tag = `zq${randomBytes(4).toString("hex")}`;
let owner: { id: string };
let other: { id: string };

const spec = (title: string, auth: DemoConnectorSpec["auth"]): DemoConnectorSpec => ({
  title: `${title} ${tag}`,
  description: `Demo ${tag}`,
  host: `${title.toLowerCase().replace(/\W+/g, "-")}.${tag}.example`,
  basePath: "/",
  scheme: "https",
  auth,
  brandColor: "#123456",
  publisher: "Catalog Tests",
  operations: [
    { id: "ListThings", method: "get", path: "/things", summary: `List things ${title}` },
    { id: "OnThing", method: "get", path: "/things/new", summary: "When a thing arrives", trigger: "polling" },
  ],
});

beforeAll(async () => {
  owner = await createUser(db, { roles: ["Hub.Maker"] });
  await createLicencePlans(db);
  await assignPlan(db, "POWER_AUTOMATE_PREMIUM", { userId: owner.id });
  other = await createUser(db, { roles: [] });
  const env = await createEnvironment(db, `env-${tag}`);
  const make = (slug: string, title: string, auth: DemoConnectorSpec["auth"], scope: "PRIVATE" | "ORGANIZATION" | "PUBLIC") =>
    createDemoConnector(db, { slug: `${slug}-${tag}`, ownerId: owner.id, environmentId: env.id, scope, spec: spec(title, auth) });
  await make("alpha", "Alpha Orders", "apiKey", "ORGANIZATION");
  await make("bravo", "Bravo Billing", "basic", "ORGANIZATION");
  await make("charlie", "Charlie Calendar", "apiKey", "PUBLIC");
  await make("delta", "Delta Drafts", "none", "PRIVATE");
  for (let i = 0; i < 7; i++) await make(`page${i}`, `Paged ${String(i).padStart(2, "0")}`, "aad", "ORGANIZATION");
});
afterAll(() => db.$disconnect());

// A signed-in person with no shares of their own: sees what the organization shares (anonymous callers see PUBLIC only).
const member = { userId: "catalog-test-member", groupIds: [], isAdmin: false };

/** Every title of a search, following the cursor page by page (at most 50 pages, so a cursor loop fails the test). */
async function titlesPageByPage(q: string, limit: number): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 50; pages++) {
    const page = await listCatalog(db, { q, limit, cursor }, member);
    seen.push(...page.items.map((i) => i.title));
    cursor = page.nextCursor ?? undefined;
    if (!cursor) break;
  }
  return seen;
}

describe("listCatalog", () => {
  it("finds connectors by words of their title, host or operation summaries", async () => {
    const byTitle = await listCatalog(db, { q: `bravo ${tag}` }, member);
    expect(byTitle.items.map((i) => i.slug)).toEqual([`bravo-${tag}`]);
    const byOperation = await listCatalog(db, { q: `${tag} list things charlie` }, member);
    expect(byOperation.items.map((i) => i.slug)).toEqual([`charlie-${tag}`]);
    const byHost = await listCatalog(db, { q: `alpha-orders.${tag}.example` }, member);
    expect(byHost.total).toBe(1);
  });

  it("matches each word as a prefix, in any order, and finds a host by one of its parts", async () => {
    const prefix = await listCatalog(db, { q: `BILL ${tag.slice(0, 6)}` }, member);
    expect(prefix.items.map((i) => i.slug)).toContain(`bravo-${tag}`);
    expect(prefix.items.map((i) => i.slug)).not.toContain(`alpha-${tag}`);
    const hostPart = await listCatalog(db, { q: `${tag} charlie-calendar` }, member);
    expect(hostPart.items.map((i) => i.slug)).toEqual([`charlie-${tag}`]);
    // Inside a word is not a match: "illing" does not find "Billing".
    expect((await listCatalog(db, { q: `illing ${tag}` }, member)).total).toBe(0);
  });

  it("treats search operators and quotes as plain text, and a query with no words as no search", async () => {
    for (const q of [`${tag} & !bravo | (`, `'${tag}':* <-> "orders"`, `${tag}\\`]) {
      const page = await listCatalog(db, { q }, member);
      expect(page.total, q).toBeGreaterThan(0);
    }
    const punctuation = await listCatalog(db, { q: "&&& !!! ***", limit: 1 }, member);
    const everything = await listCatalog(db, { limit: 1 }, member);
    expect(punctuation.total).toBe(everything.total);
  });

  it("hides a private connector from others and shows it to its owner and administrators", async () => {
    const q = { q: `delta ${tag}` };
    expect((await listCatalog(db, q, member)).total).toBe(0);
    expect((await listCatalog(db, q, { userId: other.id, groupIds: [], isAdmin: false })).total).toBe(0);
    expect((await listCatalog(db, q, { userId: owner.id, groupIds: [], isAdmin: false })).total).toBe(1);
    expect((await listCatalog(db, q, { userId: other.id, groupIds: [], isAdmin: true })).total).toBe(1);
  });

  it("counts facets over the whole result and filters by them", async () => {
    const all = await listCatalog(db, { q: tag }, member);
    expect(all.total).toBe(10);
    expect(all.facets.auth).toEqual([
      { value: "OAUTH2", count: 7 },
      { value: "API_KEY", count: 2 },
      { value: "BASIC", count: 1 },
    ]);
    const apiKeyOrPublic = await listCatalog(db, { q: tag, auth: "API_KEY", scope: ["PUBLIC"] }, member);
    expect(apiKeyOrPublic.items.map((i) => i.slug)).toEqual([`charlie-${tag}`]);
    expect(apiKeyOrPublic.items[0]).toMatchObject({ actionCount: 1, triggerCount: 1, authType: "API_KEY", scope: "PUBLIC" });
  });

  it("pages with a cursor without repeating or skipping a connector", async () => {
    expect(await titlesPageByPage(`paged ${tag}`, 3)).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `Paged 0${i} ${tag}`));
  });

  it("finds words in any script, typed in any case, and pages through accented titles without skipping one", async () => {
    const env = await db.environment.findFirstOrThrow({ where: { name: `env-${tag}` } });
    const titles = ["Éclair Sync", "Überweisung API", "Склад Учёт", "Größe Maße", "हिन्दी Sync", "Zebra Zones"];
    for (const [i, title] of titles.entries()) {
      await createDemoConnector(db, {
        slug: `intl${i}-${tag}`,
        ownerId: owner.id,
        environmentId: env.id,
        scope: "ORGANIZATION",
        spec: { ...spec(title, "none"), title: `${title} intl${tag}` },
      });
    }
    const found = async (q: string) => (await listCatalog(db, { q: `${q} intl${tag}` }, member)).items.map((i) => i.title);
    expect(await found("СКЛАД")).toEqual([`Склад Учёт intl${tag}`]);
    expect(await found("größe")).toEqual([`Größe Maße intl${tag}`]);
    expect(await found("हिन्दी")).toEqual([`हिन्दी Sync intl${tag}`]);
    // Typographic punctuation separates words as ASCII punctuation does: it is not itself searched for.
    expect((await listCatalog(db, { q: `“intl${tag}” — …` }, member)).total).toBe(titles.length);

    expect((await titlesPageByPage(`intl${tag}`, 1)).sort()).toEqual(titles.map((t) => `${t} intl${tag}`).sort());
  });

  it("refuses a cursor it did not give out, or one of another sort, saying what to do", async () => {
    const titleCursor = (await listCatalog(db, { q: `paged ${tag}`, limit: 1 }, member)).nextCursor!;
    await expect(listCatalog(db, { q: `paged ${tag}`, sort: "newest", cursor: titleCursor }, member)).rejects.toThrow(/start again from the first page/);
    await expect(listCatalog(db, { cursor: "not-a-cursor" }, member)).rejects.toThrow(/start again from the first page/);
  });

  it("says what is wrong with a bad filter value", async () => {
    await expect(listCatalog(db, { auth: "KERBEROS" }, member)).rejects.toThrow(/auth/);
  });
});

describe("listCatalog with a cache", () => {
  it("reuses a page within its time-to-live, and an import shows at once", async () => {
    const q = { q: `cached ${tag}` };
    const before = await listCatalog(db, q, member, { cacheTtlMs: 60_000 });
    expect(before.total).toBe(0);
    const env = await db.environment.findFirstOrThrow({ where: { name: `env-${tag}` } });
    await db.connector.create({
      data: {
        slug: `raw-cached-${tag}`,
        title: `Cached ${tag}`,
        publisher: "P",
        host: "h",
        authType: "NONE",
        scope: "PUBLIC",
        ownerId: owner.id,
        environmentId: env.id,
        searchText: `cached ${tag}`,
      },
    });
    // Written behind the data layer's back: the cached page stands until its time-to-live ends.
    expect((await listCatalog(db, q, member, { cacheTtlMs: 60_000 })).total).toBe(0);
    expect((await listCatalog(db, q, member)).total).toBe(1);
    await importConnector(db, {
      source: { content: `{"swagger":"2.0","info":{"title":"Cached ${tag} two","version":"1"},"host":"c.${tag}.example","paths":{}}`, fileName: "c.json" },
      actor: { id: owner.id, label: "o" },
      environmentId: env.id,
    });
    // An import through the data layer clears the cache, so the cached answer is recomputed (the private draft itself stays hidden).
    expect((await listCatalog(db, q, member, { cacheTtlMs: 60_000 })).total).toBe(1);
  });
});

describe("listCatalog by kind (REST or MCP server)", () => {
  // Words of their own, so the counts are exact whatever else the tests above created.
  const word = `kind${tag}`;
  const definition = (title: string, paths: unknown) =>
    JSON.stringify({ swagger: "2.0", info: { title: `${title} ${word}`, version: "1" }, host: `${title.toLowerCase()}.${word}.example`, paths });
  const restPaths = { "/items": { get: { operationId: "ListItems", summary: "List items", responses: { "200": { description: "OK" } } } } };
  const mcpPaths = {
    "/mcp": {
      post: {
        operationId: "InvokeMCP",
        summary: "MCP server",
        "x-ms-agentic-protocol": "mcp-streamable-1.0",
        responses: { "200": { description: "OK" } },
      },
    },
  };
  const ownerView = () => ({ userId: owner.id, groupIds: [], isAdmin: false });
  const actor = () => ({ id: owner.id, label: "owner", roles: ["Hub.Maker"] });
  const slugs: Record<string, string> = {};

  beforeAll(async () => {
    const env = await db.environment.findFirstOrThrow({ where: { name: `env-${tag}` } });
    for (const [name, paths] of [
      ["Warehouse", mcpPaths],
      ["Ledger", restPaths],
      ["Switcher", restPaths],
    ] as const) {
      const result = await importConnector(db, {
        source: { content: definition(name, paths), fileName: "apiDefinition.swagger.json" },
        actor: actor(),
        environmentId: env.id,
      });
      slugs[name] = result.connector.slug;
    }
  });

  it("marks an imported MCP connector as one, filters by kind and counts both kinds", async () => {
    const all = await listCatalog(db, { q: word }, ownerView());
    expect(all.total).toBe(3);
    expect(all.facets.kind).toEqual([
      { value: "REST", count: 2 },
      { value: "MCP", count: 1 },
    ]);
    expect(all.items.find((i) => i.slug === slugs.Warehouse)).toMatchObject({ kind: "MCP" });
    const mcp = await listCatalog(db, { q: word, kind: "MCP" }, ownerView());
    expect(mcp.items.map((i) => i.slug)).toEqual([slugs.Warehouse]);
    expect(mcp.facets.kind).toEqual([{ value: "MCP", count: 1 }]);
    const both = await listCatalog(db, { q: word, kind: "REST,MCP" }, ownerView());
    expect(both.total).toBe(3);
  });

  it("follows the newest version when it turns a REST connector into an MCP server and back", async () => {
    await addConnectorVersion(db, { slug: slugs.Switcher!, source: { content: definition("Switcher", mcpPaths), fileName: "v2.json" }, actor: actor() });
    const mcp = await listCatalog(db, { q: word, kind: ["MCP"] }, ownerView());
    expect(mcp.items.map((i) => i.slug).sort()).toEqual([slugs.Switcher, slugs.Warehouse].sort());
    await addConnectorVersion(db, {
      slug: slugs.Switcher!,
      source: { content: definition("Switcher", restPaths), fileName: "v3.json" },
      actor: actor(),
      acknowledgement: { reason: "back to REST" },
    });
    expect((await listCatalog(db, { q: word, kind: "REST" }, ownerView())).items.map((i) => i.slug).sort()).toEqual([slugs.Ledger, slugs.Switcher].sort());
  });

  it("backfills the kind of existing connectors in the migration exactly as uploads set it", async () => {
    await addConnectorVersion(db, { slug: slugs.Ledger!, source: { content: definition("Ledger", mcpPaths), fileName: "v2.json" }, actor: actor() });
    const ids = (await db.connector.findMany({ where: { slug: { in: Object.values(slugs) } }, select: { id: true } })).map((c) => c.id);
    const expected = await db.connector.findMany({ where: { id: { in: ids } }, select: { slug: true, kind: true }, orderBy: { slug: "asc" } });
    expect(
      expected
        .filter((c) => c.kind === "MCP")
        .map((c) => c.slug)
        .sort(),
    ).toEqual([slugs.Ledger, slugs.Warehouse].sort());
    // As they were before the migration, then its backfill statement (from the migration file itself).
    await db.connector.updateMany({ where: { id: { in: ids } }, data: { kind: "REST" } });
    const sql = readFileSync(new URL("../../../prisma/migrations/20261202600000_issue24_connector_kind/migration.sql", import.meta.url), "utf8");
    const backfill = sql.slice(sql.indexOf('UPDATE "Connector"'));
    await db.$executeRawUnsafe(backfill);
    expect(await db.connector.findMany({ where: { id: { in: ids } }, select: { slug: true, kind: true }, orderBy: { slug: "asc" } })).toEqual(expected);
  });

  it("says which kinds exist when given another", async () => {
    const error = await listCatalog(db, { kind: "GRAPHQL" }, member).catch((e: unknown) => e);
    expect((error as { issues: { path: unknown[]; message: string }[] }).issues).toEqual([
      expect.objectContaining({ path: ["kind", 0], message: 'kind is "REST" or "MCP" (MCP server connectors), or both separated by a comma.' }),
    ]);
  });
});
