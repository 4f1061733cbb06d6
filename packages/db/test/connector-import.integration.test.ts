import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writePaconnZip } from "@connector-hub/definitions";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { AppError } from "../src/app-error.ts";
import { createDb } from "../src/client.ts";
import { addConnectorVersion } from "../src/connectors/add-connector-version.ts";
import { findDuplicateConnectors } from "../src/connectors/find-duplicate-connectors.ts";
import { getConnectorIcon } from "../src/connectors/get-connector-icon.ts";
import { getConnectorVersion } from "../src/connectors/get-connector-version.ts";
import { importConnector } from "../src/connectors/import-connector.ts";
import { listCatalog } from "../src/connectors/list-catalog.ts";
import { DEMO_ICON_PNG } from "../src/seed/demo-icon.ts";
import { buildFormDefinition } from "../src/connectors/build-form-definition.ts";
import { assignPlan, createEnvironment, createLicencePlans, createUser } from "../src/seed/factories.ts";
import { corpusChange, corpusConnector, definitionWithError, postmanCollection, yamlDefinition } from "./connector-fixtures.ts";

const db = createDb(inject("databaseUrl"), { poolSize: 4 });
const migrationsDir = join(import.meta.dirname, "../../../prisma/migrations");
const tag = `ci${randomBytes(4).toString("hex")}`;
let maker: { id: string; label: string; roles: string[] };
let stranger: { id: string; label: string; roles: string[] };
let environmentId: string;

beforeAll(async () => {
  const m = await createUser(db, { roles: ["Hub.Maker"] });
  const s = await createUser(db, { roles: ["Hub.Maker"] });
  maker = { id: m.id, label: m.displayName, roles: m.roles };
  stranger = { id: s.id, label: s.displayName, roles: s.roles };
  environmentId = (await createEnvironment(db, `env-${tag}`)).id;
  await createLicencePlans(db);
  await assignPlan(db, "POWER_AUTOMATE_PREMIUM", { userId: m.id });
  await assignPlan(db, "POWER_AUTOMATE_PREMIUM", { userId: s.id });
});
afterAll(() => db.$disconnect());

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
const countByTitle = (title: string) => db.connector.count({ where: { title } });

describe("importConnector", () => {
  it("imports a published OpenAPI JSON connector with its operations, exact source and an audit event", async () => {
    const { definition, apiProperties } = corpusConnector("Airtable");
    const result = await importConnector(db, {
      source: { content: definition, fileName: "apiDefinition.swagger.json", apiProperties },
      actor: maker,
      environmentId,
      title: `Airtable ${tag}`,
    });
    expect(result.version.number).toBe(1);
    const stored = await getConnectorVersion(db, { slug: result.connector.slug });
    expect(stored?.version.sourceText).toBe(definition);
    expect(stored?.version.sourceFormat).toBe("OPENAPI_JSON");
    const warning = stored?.version.findings.find((f) => f.code === "QueryParameterEncodingNotSupported");
    expect(warning).toMatchObject({ severity: "warning", line: 377 });
    const connector = await db.connector.findUniqueOrThrow({ where: { id: result.connector.id } });
    expect(connector).toMatchObject({ host: "api.airtable.com", warningCount: 1, errorCount: 0, versionCount: 1, scope: "PRIVATE" });
    expect(connector.actionCount).toBeGreaterThan(3);
    expect(await db.operation.count({ where: { versionId: result.version.id } })).toBe(connector.actionCount + connector.triggerCount);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: connector.id } });
    expect(audit).toMatchObject({ action: "connector.imported", actorId: maker.id });
  });

  it("imports OpenAPI YAML, a Postman collection, a paconn zip and a form-built definition", async () => {
    const yaml = await importConnector(db, {
      source: { content: yamlDefinition(`parcels.${tag}.example`, `Parcels ${tag}`), fileName: "parcels.yaml" },
      actor: maker,
      environmentId,
    });
    expect(yaml.connector.title).toBe(`Parcels ${tag}`);
    expect((await db.connectorVersion.findUniqueOrThrow({ where: { id: yaml.version.id } })).sourceFormat).toBe("OPENAPI_YAML");

    const postman = await importConnector(db, {
      source: { content: postmanCollection(`desk.${tag}.example`, `Help desk ${tag}`), fileName: "desk.postman_collection.json" },
      actor: maker,
      environmentId,
    });
    const postmanRow = await db.connector.findUniqueOrThrow({ where: { id: postman.connector.id } });
    expect(postmanRow).toMatchObject({ host: `desk.${tag}.example`, actionCount: 2 });
    expect((await db.connectorVersion.findUniqueOrThrow({ where: { id: postman.version.id } })).sourceFormat).toBe("POSTMAN");

    const { definition, apiProperties } = corpusConnector("Badgr");
    const zip = writePaconnZip({ definition, apiProperties, script: "public class Script : ScriptBase {}" });
    const paconn = await importConnector(db, { source: { content: zip, fileName: "badgr.zip" }, actor: maker, environmentId, title: `Badgr ${tag}` });
    const paconnVersion = await db.connectorVersion.findUniqueOrThrow({ where: { id: paconn.version.id } });
    expect(paconnVersion).toMatchObject({ sourceFormat: "PACONN", sourceText: definition, script: "public class Script : ScriptBase {}", errorCount: 0 });

    const text = buildFormDefinition({
      title: `Form ${tag}`.slice(0, 30),
      host: `form.${tag}.example`,
      authType: "API_KEY",
      operations: [{ operationId: "GetThing", method: "get", path: "/things/{id}", summary: "Get a thing" }],
    });
    const form = await importConnector(db, {
      source: { content: text, fileName: "form.json", isForm: true },
      actor: maker,
      environmentId,
      scope: "ORGANIZATION",
    });
    expect(await db.connector.findUniqueOrThrow({ where: { id: form.connector.id } })).toMatchObject({
      authType: "API_KEY",
      scope: "ORGANIZATION",
      errorCount: 0,
    });
  });

  it("keeps a paconn icon that is an image, shows it in the catalog, and leaves out one that is not, with a warning", async () => {
    const { definition, apiProperties } = corpusConnector("Badgr");
    const png = DEMO_ICON_PNG;
    const withIcon = await importConnector(db, {
      source: { content: writePaconnZip({ definition, apiProperties, icon: png }), fileName: "icon.zip" },
      actor: maker,
      environmentId,
      title: `Iconic ${tag}`,
      scope: "ORGANIZATION",
    });
    const icon = await getConnectorIcon(db, withIcon.connector.slug);
    expect(Buffer.from(icon!.icon!).equals(png)).toBe(true);
    const listed = await listCatalog(db, { q: `iconic ${tag}` }, { userId: "someone-signed-in", groupIds: [], isAdmin: false });
    expect(listed.items.map((i) => [i.slug, i.hasIcon])).toEqual([[withIcon.connector.slug, true]]);

    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    const without = await importConnector(db, {
      source: { content: writePaconnZip({ definition, apiProperties, icon: svg }), fileName: "svg.zip" },
      actor: maker,
      environmentId,
      title: `Iconless ${tag}`,
    });
    expect(without.findings.filter((f) => f.code === "PaconnIconNotImage")).toMatchObject([{ severity: "warning", file: "svg.zip/icon.png" }]);
    expect((await getConnectorIcon(db, without.connector.slug))!.icon).toBeNull();
  });

  it("clears icons stored before they were checked, keeping PNG and JPEG ones (migration connector_icons_checked)", async () => {
    const { definition, apiProperties } = corpusConnector("Badgr");
    const slugs: string[] = [];
    for (const name of ["svg", "big", "jpeg"]) {
      const result = await importConnector(db, {
        source: { content: writePaconnZip({ definition, apiProperties }), fileName: `${name}.zip` },
        actor: maker,
        environmentId,
        title: `Legacy icon ${name} ${tag}`,
      });
      slugs.push(result.connector.slug);
    }
    const big = new Uint8Array(1_100_000);
    big.set(DEMO_ICON_PNG);
    // As an earlier hub stored them, unchecked.
    await db.connector.update({ where: { slug: slugs[0] }, data: { icon: new TextEncoder().encode("<svg/>") } });
    await db.connector.update({ where: { slug: slugs[1] }, data: { icon: big } });
    await db.connector.update({ where: { slug: slugs[2] }, data: { icon: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2]) } });
    const sql = readFileSync(join(migrationsDir, "20261126113000_connector_icons_checked", "migration.sql"), "utf8");
    await db.$executeRawUnsafe(sql);
    const after = await db.connector.findMany({ where: { slug: { in: slugs } }, select: { slug: true, icon: true } });
    expect(Object.fromEntries(after.map((c) => [c.slug, c.icon === null]))).toEqual({ [slugs[0]!]: true, [slugs[1]!]: true, [slugs[2]!]: false });
  });

  it("saves a private draft with errors, placing each on its line, but refuses to share one", async () => {
    const title = `Broken ${tag}`;
    const draft = await importConnector(db, {
      source: { content: definitionWithError(`broken.${tag}.example`, title), fileName: "broken.json" },
      actor: maker,
      environmentId,
    });
    expect(draft.version.errorCount).toBeGreaterThan(0);
    const missing = draft.findings.find((f) => f.severity === "error" && f.path.startsWith("/paths/~1things/get"));
    expect(missing?.line).toBe(9);

    const shared = await rejection(
      importConnector(db, {
        source: { content: definitionWithError(`broken2.${tag}.example`, `Broken shared ${tag}`), fileName: "b.json" },
        actor: maker,
        environmentId,
        scope: "ORGANIZATION",
      }),
    );
    expect(shared.code).toBe("UNPROCESSABLE");
    expect(shared.message).toMatch(/private draft/);
    expect(await countByTitle(`Broken shared ${tag}`)).toBe(0);
  });

  it("refuses unreadable, oversized and unsupported uploads with what to do, saving nothing", async () => {
    const before = await db.connector.count();
    const bad = await rejection(
      importConnector(db, { source: { content: '{ "swagger": "2.0", "info": { "title": "x" ', fileName: "x.json" }, actor: maker, environmentId }),
    );
    expect(bad.code).toBe("UNPROCESSABLE");
    expect(bad.message).toMatch(/line \d+, column \d+/);
    const big = await rejection(
      importConnector(db, { source: { content: new Uint8Array(5 * 1024 * 1024 + 1).fill(32), fileName: "big.json" }, actor: maker, environmentId }),
    );
    expect(big.code).toBe("PAYLOAD_TOO_LARGE");
    expect(big.message).toContain("5 MB");
    const png = await rejection(
      importConnector(db, { source: { content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), fileName: "logo.png" }, actor: maker, environmentId }),
    );
    expect(png.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(png.message).toMatch(/OpenAPI 2\.0/);
    const windows = await rejection(
      importConnector(db, {
        source: { content: yamlDefinition(`w.${tag}.example`, `Win ${tag}`), fileName: "w.yaml" },
        actor: maker,
        environmentId,
        authType: "WINDOWS",
        hosting: "CLOUD",
      }),
    );
    expect(windows.message).toMatch(/gateway/);
    expect(await db.connector.count()).toBe(before);
  });
});

describe("importConnector and the licence cap", () => {
  it("refuses one connector beyond the owner's cap, saying how many they own, and saves nothing", async () => {
    const free = await createUser(db, { roles: ["Hub.Maker"] });
    await assignPlan(db, "FREE_DEVELOPER", { userId: free.id });
    const actor = { id: free.id, label: free.displayName };
    const source = (n: number) => ({ content: yamlDefinition(`cap${n}.${tag}.example`, `Cap ${n} ${tag}`), fileName: `cap${n}.yaml` });
    await importConnector(db, { source: source(1), actor, environmentId });
    const refused = await rejection(importConnector(db, { source: source(2), actor, environmentId }));
    expect(refused.code).toBe("LICENCE_CAP_REACHED");
    expect(refused.message).toMatch(/You own 1 of 1 custom connector .*ask an administrator for a higher limit/);
    expect(await countByTitle(`Cap 2 ${tag}`)).toBe(0);
  });

  it("refuses a maker with no licence that includes custom connectors", async () => {
    const unlicensed = await createUser(db, { roles: ["Hub.Maker"] });
    const refused = await rejection(
      importConnector(db, {
        source: { content: yamlDefinition(`nolic.${tag}.example`, `No licence ${tag}`), fileName: "n.yaml" },
        actor: { id: unlicensed.id, label: "n" },
        environmentId,
      }),
    );
    // Not licensed for custom connectors at all: a matter of rights (FORBIDDEN, 403 at the edge), not of what already exists.
    expect(refused.code).toBe("FORBIDDEN");
    expect(await countByTitle(`No licence ${tag}`)).toBe(0);
  });
});

describe("addConnectorVersion", () => {
  it("keeps every version and reports what breaks between them", async () => {
    const change = corpusChange("Badgr");
    const first = await importConnector(db, {
      source: { content: change.before, fileName: "before.json" },
      actor: maker,
      environmentId,
      title: `Badgr change ${tag}`,
    });
    const second = await addConnectorVersion(db, { slug: first.connector.slug, source: { content: change.after, fileName: "after.json" }, actor: maker });
    expect(second.version).toMatchObject({ number: 2, breakingCount: 1 });
    expect(second.changes.filter((c) => c.kind === "breaking")).toHaveLength(1);
    const latest = await getConnectorVersion(db, { slug: first.connector.slug });
    expect(latest?.version.number).toBe(2);
    expect(latest?.version.breakingChanges?.summary.breaking).toBe(1);
    expect((await getConnectorVersion(db, { slug: first.connector.slug, number: 1 }))?.version.sourceText).toBe(change.before);
    expect(await db.connector.findUniqueOrThrow({ where: { id: first.connector.id } })).toMatchObject({ versionCount: 2 });
    expect(await db.auditEvent.count({ where: { entityId: first.connector.id, action: "connector.version_added" } })).toBe(1);

    const same = await rejection(
      addConnectorVersion(db, { slug: first.connector.slug, source: { content: change.after, fileName: "after.json" }, actor: maker }),
    );
    expect(same.code).toBe("CONFLICT");
    const foreign = await rejection(
      addConnectorVersion(db, { slug: first.connector.slug, source: { content: change.before, fileName: "b.json" }, actor: stranger }),
    );
    // A private connector does not exist for someone who may not read it (the same answer as for an unknown slug).
    expect(foreign.code).toBe("NOT_FOUND");
    const missing = await rejection(addConnectorVersion(db, { slug: `nope-${tag}`, source: { content: change.before, fileName: "b.json" }, actor: maker }));
    expect(missing.code).toBe("NOT_FOUND");
    expect(await db.connectorVersion.count({ where: { connectorId: first.connector.id } })).toBe(2);
  });

  it("refuses a version with errors for a shared connector and keeps the previous one current", async () => {
    const first = await importConnector(db, {
      source: { content: yamlDefinition(`shared.${tag}.example`, `Shared ${tag}`), fileName: "s.yaml" },
      actor: maker,
      environmentId,
      scope: "ORGANIZATION",
    });
    const refused = await rejection(
      addConnectorVersion(db, {
        slug: first.connector.slug,
        source: { content: definitionWithError(`shared.${tag}.example`, `Shared ${tag}`), fileName: "s.json" },
        actor: maker,
      }),
    );
    expect(refused.code).toBe("UNPROCESSABLE");
    expect(await db.connector.findUniqueOrThrow({ where: { id: first.connector.id } })).toMatchObject({ versionCount: 1, errorCount: 0 });
  });
});

describe("findDuplicateConnectors", () => {
  it("finds a connector with the same host or a similar title, but not someone else's private one", async () => {
    await importConnector(db, {
      source: { content: yamlDefinition(`dup.${tag}.example`, `Duplicate Parcels ${tag}`), fileName: "d.yaml" },
      actor: maker,
      environmentId,
      scope: "ORGANIZATION",
    });
    await importConnector(db, {
      source: { content: yamlDefinition(`secret.${tag}.example`, `Secret ${tag}`), fileName: "p.yaml" },
      actor: maker,
      environmentId,
    });
    const viewer = { userId: stranger.id, groupIds: [], isAdmin: false };
    expect(await findDuplicateConnectors(db, { host: `DUP.${tag}.example`, viewer })).toMatchObject([
      { title: `Duplicate Parcels ${tag}`, reason: "same host" },
    ]);
    expect((await findDuplicateConnectors(db, { title: `duplicate parcel ${tag}`, viewer }))[0]).toMatchObject({ reason: "similar title" });
    expect(await findDuplicateConnectors(db, { host: `secret.${tag}.example`, viewer })).toEqual([]);
    expect(await findDuplicateConnectors(db, { host: `secret.${tag}.example`, viewer: { ...viewer, userId: maker.id } })).toHaveLength(1);
  });
});
