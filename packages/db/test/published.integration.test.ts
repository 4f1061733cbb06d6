// The index of the connectors Microsoft publishes, loaded into PostgreSQL, and the lookup on real entries of it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { trigramSimilarity } from "@connector-hub/definitions/published";
import { loadPublishedIndexFile } from "@connector-hub/definitions/published-index-file";
import { summarizeDefinition } from "@connector-hub/definitions/summary";
import { createDb } from "../src/client.ts";
import { findPublishedMatches } from "../src/published/find-published-matches.ts";
import { getPublishedSnapshot } from "../src/published/get-published-snapshot.ts";
import { loadPublishedIndex } from "../src/published/load-published-index.ts";
import { getPublishedDuplicateNote } from "../src/published/get-published-duplicate-note.ts";
import { importConnector } from "../src/connectors/import-connector.ts";
import { evaluateSharingRequest } from "../src/sharing/evaluate-sharing-request.ts";
import { countPublishedDuplicates } from "../src/dashboard/count-published-duplicates.ts";
import { createEnvironment, createUser } from "../src/seed/factories.ts";

const db = createDb(inject("databaseUrl"), { poolSize: 4 });
const index = loadPublishedIndexFile();
const entry = (folder: string) => index.connectors.find((c) => c.folder === folder)!;
const codes = (m: { reasons: { code: string }[] }) => m.reasons.map((r) => r.code);

beforeAll(async () => {
  await loadPublishedIndex(db, { index, loadedBy: "test" });
});
afterAll(() => db.$disconnect());

describe("loading the index", () => {
  it("holds every connector and operation, with the snapshot's commit, date and counts", async () => {
    expect(await db.publishedConnector.count()).toBe(992);
    expect(await db.publishedOperation.count()).toBe(15_922);
    expect(await getPublishedSnapshot(db)).toMatchObject({
      commit: "8bff86eac6d04e939faee0de15298e911b118c21",
      date: "2024-10-23",
      connectorCount: 992,
      operationCount: 15_922,
      unreadable: 18,
      loadedBy: "test",
    });
  });

  it("replaces the index as a whole when loaded again", async () => {
    const small = { ...index, commit: "0".repeat(40), connectors: index.connectors.slice(0, 3) };
    await loadPublishedIndex(db, { index: small, loadedBy: "admin" });
    expect(await db.publishedConnector.count()).toBe(3);
    expect((await getPublishedSnapshot(db))?.connectorCount).toBe(3);
    await loadPublishedIndex(db, { index, loadedBy: "test" });
    expect(await db.publishedConnector.count()).toBe(992);
    expect((await getPublishedSnapshot(db))?.commit).toBe(index.commit);
  });

  it("keeps placeholders out of the host and domain columns", async () => {
    const rows = await db.publishedConnector.findMany({
      where: { title: { in: ["IA-Connect Java", "Azure Communication Email", "Snowflake", "HubSpot CRM"] } },
      orderBy: { folder: "asc" },
    });
    expect(rows.map((r) => [r.title, r.hostKey, r.registrableDomain])).toEqual([
      ["Azure Communication Email", null, null],
      ["IA-Connect Java", null, null],
      ["Snowflake", null, "snowflakecomputing.com"],
      ["Snowflake", null, "snowflakecomputing.com"],
      ["HubSpot CRM", "api.hubapi.com", "hubapi.com"],
    ]);
  });
});

describe("matching real entries of the index", () => {
  it("same host: all eleven Cloudmersive connectors, the one with the closest title first", async () => {
    const matches = await findPublishedMatches(db, { host: "api.cloudmersive.com", title: "Cloudmersive Virus Scan", limit: 20 });
    expect(matches).toHaveLength(11);
    expect(matches[0]!.title).toBe("Cloudmersive Virus Scan");
    expect(matches.every((m) => codes(m).includes("SAME_HOST"))).toBe(true);
    expect(matches[0]!.url).toBe(
      "https://github.com/microsoft/PowerPlatformConnectors/tree/8bff86eac6d04e939faee0de15298e911b118c21/certified-connectors/Cloudmersive%20Virus%20Scan",
    );
  });

  it("several connectors on one host are ranked by the operations they share", async () => {
    const pdf = entry("certified-connectors/Cloudmersive PDF");
    const matches = await findPublishedMatches(db, {
      host: "api.cloudmersive.com",
      title: "Cloudmersive",
      basePath: pdf.basePath,
      operations: pdf.operations.slice(0, 6),
    });
    expect(matches[0]!.title).toBe("Cloudmersive PDF");
    expect(matches[0]!.reasons.find((r) => r.code === "SHARED_OPERATIONS")?.message).toBe("6 of your 6 operations (method and path) are in it, of its 18.");
    expect(matches[0]!.sharedOperations.map((o) => o.operationId)).toEqual(pdf.operations.slice(0, 6).map((o) => o.operationId));
  });

  it("same registrable domain: app.hubapi.com finds the HubSpot connectors on api.hubapi.com", async () => {
    const matches = await findPublishedMatches(db, { host: "app.hubapi.com", title: "Deals pipeline", limit: 20 });
    expect(matches.map((m) => m.title).sort()).toEqual(
      [
        "HubSpot CMS",
        "HubSpot CMS V2",
        "HubSpot CRM",
        "HubSpot CRM V2",
        "HubSpot Conversations V2",
        "HubSpot Engagements V2",
        "HubSpot Marketing",
        "HubSpot Marketing V2",
        "HubSpot Settings V2",
      ].sort(),
    );
    expect(matches.every((m) => codes(m).join() === "SAME_DOMAIN")).toBe(true);
    expect(matches[0]!.reasons[0]!.message).toBe("Same domain: hubapi.com (yours app.hubapi.com, theirs api.hubapi.com).");
  });

  it("title only: a maker's 'DocuSign' with no host", async () => {
    const matches = await findPublishedMatches(db, { title: "DocuSign" });
    expect(matches[0]).toMatchObject({ title: "Docusign", kind: "certified" });
    expect(codes(matches[0]!)).toEqual(["SIMILAR_TITLE"]);
  });

  it("operation overlap alone: another host and title, the same method + path templates (parameter names ignored)", async () => {
    const crm = entry("independent-publisher-connectors/HubSpot CRM");
    const renamed = crm.operations.slice(0, 16).map((o) => ({ method: o.method.toLowerCase(), path: o.path.replace(/\{[^}]+\}/g, "{x}") }));
    const matches = await findPublishedMatches(db, {
      host: "crm-proxy.fabrikam-internal.net",
      title: "Sales records",
      basePath: crm.basePath,
      operations: renamed,
    });
    expect(matches[0]!.folder).toBe(crm.folder);
    expect(codes(matches[0]!)).toEqual(["SHARED_OPERATIONS"]);
    expect(matches[0]!.sharedOperationCount).toBe(16);
  });

  it("placeholders: DefinedInConnectionParameters matches on title and operations only", async () => {
    const matches = await findPublishedMatches(db, { host: "DefinedInConnectionParameters", title: "IA-Connect Java", limit: 20 });
    expect(matches[0]!.title).toBe("IA-Connect Java");
    expect(matches.flatMap(codes)).not.toContain("SAME_HOST");
    expect(matches.flatMap(codes)).not.toContain("SAME_DOMAIN");
    // Microsoft's sample host names no service: the four Azure Communication connectors on api.contoso.com stay out.
    expect(await findPublishedMatches(db, { host: "api.contoso.com", title: "Parcel tracker" })).toEqual([]);
  });

  it("a placeholder label in front of a real domain still matches on the domain", async () => {
    const matches = await findPublishedMatches(db, { host: "acme.snowflakecomputing.com", title: "Warehouse queries" });
    expect(matches.map((m) => [m.title, codes(m).join()])).toEqual([
      ["Snowflake", "SAME_DOMAIN"],
      ["Snowflake", "SAME_DOMAIN"],
    ]);
  });

  it("public suffix: foo.azurewebsites.net is not bar.azurewebsites.net", async () => {
    expect(await findPublishedMatches(db, { host: "xyz-parcels.azurewebsites.net", title: "Parcel tracker" })).toEqual([]);
    const same = await findPublishedMatches(db, { host: "dbf2xml.azurewebsites.net", title: "Parcel tracker" });
    expect(same.map((m) => [m.title, codes(m).join()])).toEqual([["DBF2XML", "SAME_HOST"]]);
  });

  it("pg_trgm's similarity and the CLI's TypeScript one agree", async () => {
    // pg_trgm takes its word characters from the database's LC_CTYPE: under "C" (the embedded cluster) only ASCII
    // letters and digits count, under C.UTF-8 or a language locale (the server) every Unicode letter does, as the
    // TypeScript one. Accented titles are compared only where the database reads them as letters.
    const [database] = await db.$queryRaw<{ ctype: string }[]>`SELECT datctype AS ctype FROM pg_database WHERE datname = current_database()`;
    const ctype = database?.ctype ?? "C";
    const isUnicodeAware = ctype !== "C" && ctype !== "POSIX";
    const titles = index.connectors.slice(0, 60).map((c) => c.title);
    const others = ["HubSpot CRM", "Adobe PDF Services", "Zoho Books for us", ...(isUnicodeAware ? ["élan café"] : [])];
    const rows = await db.$queryRaw<{ a: string; b: string; s: number }[]>`
      SELECT a, b, similarity(a, b)::float8 AS s FROM unnest(${titles}::text[]) a CROSS JOIN unnest(${others}::text[]) b`;
    expect(rows.length).toBe(titles.length * others.length);
    for (const r of rows) {
      if (!isUnicodeAware && /[^\x00-\x7f]/.test(r.a)) continue;
      expect(trigramSimilarity(r.a, r.b)).toBeCloseTo(r.s, 5);
    }
  });
});

describe("the maker's reason for a new connector", () => {
  it("is kept with the connector, with the published connectors that matched", async () => {
    const before = await countPublishedDuplicates(db);
    const maker = await createUser(db, { roles: ["Hub.Maker"] });
    const env = await createEnvironment(db, `env-published-${Date.now()}`);
    const definition = readFileSync(path.resolve(import.meta.dirname, "../../definitions/test/published/hubspot-companies.swagger.json"), "utf8");
    const imported = await importConnector(db, {
      source: { content: definition, fileName: "hubspot.json" },
      actor: { id: maker.id, label: "Maker" },
      environmentId: env.id,
      enforceLicenceCap: false,
      publishedNote: { reason: "  We need our own scores.  ", folders: ["independent-publisher-connectors/HubSpot CRM", "certified-connectors/gone"] },
    });
    expect(await getPublishedDuplicateNote(db, imported.connector.id)).toMatchObject({
      reason: "We need our own scores.",
      matches: [
        { folder: "independent-publisher-connectors/HubSpot CRM", title: "HubSpot CRM" },
        { folder: "certified-connectors/gone", title: "gone" },
      ],
    });
    // The reviewer sees it as a gate of the sharing request, with the reason; a connector without one is flagged.
    const facts = { target: { scope: "ORGANIZATION" as const }, supportDetails: {}, riskAccepted: false, dataSensitivity: "INTERNAL" as const };
    const gateOf = async (connectorId: string) => {
      const connector = await db.connector.findUniqueOrThrow({ where: { id: connectorId } });
      const version = await db.connectorVersion.findFirstOrThrow({ where: { connectorId } });
      return (await evaluateSharingRequest(db, connector, version, facts)).gates.find((g) => g.code === "published.duplicate");
    };
    expect(await gateOf(imported.connector.id)).toMatchObject({ passed: true, blocking: false });
    expect((await gateOf(imported.connector.id))?.message).toMatch(
      /^Duplicates a published connector: Microsoft's repository publishes HubSpot CRM \(independent publisher\), .* The maker's reason for a new one: We need our own scores\.$/,
    );
    const plain = await importConnector(db, {
      source: { content: definition, fileName: "hubspot.json" },
      actor: { id: maker.id, label: "Maker" },
      environmentId: env.id,
      enforceLicenceCap: false,
      publishedNote: { reason: " ", folders: [] },
    });
    expect(await getPublishedDuplicateNote(db, plain.connector.id)).toBeNull();
    expect(await gateOf(plain.connector.id)).toMatchObject({ passed: false, blocking: false });
    // The dashboard counts the one matched at import (with its reason); app.hubapi.com is not a published host itself.
    expect(await countPublishedDuplicates(db)).toEqual({ connectors: before.connectors + 1, withReason: before.withReason + 1 });
  });
});

const CORPUS = path.join(process.env.HUB_CORPUS_DIR ?? path.join(process.env.SHARED_DIR ?? "/work/shared", "corpus"), "connectors", "independent-publisher");
if (!existsSync(CORPUS) && process.env.CI === "true") throw new Error(`CI=true but ${CORPUS} is missing: set SHARED_DIR or HUB_CORPUS_DIR.`);

describe.skipIf(!existsSync(CORPUS))("the shared corpus: each independent-publisher connector, disguised, finds itself first", () => {
  it("with a subdomain in front of its host and words added to its title", async () => {
    const folders = new Set(index.connectors.map((c) => c.folder));
    const misses: string[] = [];
    let checked = 0;
    for (const name of readdirSync(CORPUS).sort()) {
      const folder = `independent-publisher-connectors/${name}`;
      if (!folders.has(folder)) continue; // not strict JSON as published, so not in the index either
      const read = (file: string) => JSON.parse(readFileSync(path.join(CORPUS, name, file), "utf8")) as unknown;
      const s = summarizeDefinition(read("apiDefinition.swagger.json"), read("apiProperties.json"));
      const matches = await findPublishedMatches(db, {
        host: `eu.${s.host}`,
        title: `${s.title} connector for Contoso`,
        publisher: s.publisher,
        basePath: s.basePath,
        operations: s.operations,
      });
      checked++;
      if (matches[0]?.folder !== folder) misses.push(`${name}: got ${matches[0]?.folder ?? "nothing"}`);
    }
    expect(misses).toEqual([]);
    expect(checked).toBe(385);
  }, 120_000);
});
