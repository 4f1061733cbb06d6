// The promises the UI makes hold under races, because the database holds them (issue 17): two Prisma clients, each
// with its own pool, stand for two instances of the web tier. The same races over HTTP against two web servers run
// in tests/faults.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../src/client.ts";
import { importConnector } from "../src/connectors/import-connector.ts";
import { createSharingRequest } from "../src/sharing/create-sharing-request.ts";
import { assignPlan, createDemoConnector, createEnvironment, createLicencePlans, createUser } from "../src/seed/factories.ts";
import { testConnectorSpec, yamlDefinition } from "./connector-fixtures.ts";

const instances = [createDb(inject("databaseUrl"), { poolSize: 10 }), createDb(inject("databaseUrl"), { poolSize: 10 })];
const [db] = instances as [ReturnType<typeof createDb>, ReturnType<typeof createDb>];
const tag = `rc${randomBytes(4).toString("hex")}`;
let envId: string;

async function makeMaker(name: string) {
  const user = await createUser(db, { roles: ["Hub.Maker"], displayName: `${name} ${tag}` });
  await assignPlan(db, "POWER_AUTOMATE_PREMIUM", { userId: user.id });
  return { id: user.id, roles: user.roles, label: user.displayName, groupIds: [] as string[] };
}

function settle<T>(promises: Promise<T>[]) {
  return Promise.allSettled(promises).then((results) => ({
    ok: results.filter((r): r is PromiseFulfilledResult<Awaited<T>> => r.status === "fulfilled").map((r) => r.value),
    errors: results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason as { code?: string; message: string }),
  }));
}

beforeAll(async () => {
  await createLicencePlans(db);
  envId = (await createEnvironment(db, `env-${tag}`)).id;
});
afterAll(() => Promise.all(instances.map((i) => i.$disconnect())));

describe("races on two instances of one database", () => {
  it("20 parallel sharing requests for one connector: exactly one is created, the others hear which one is open", async () => {
    const maker = await makeMaker("Sharer");
    const c = await createDemoConnector(db, {
      slug: `share-${tag}`,
      ownerId: maker.id,
      environmentId: envId,
      spec: testConnectorSpec({ title: `Share race ${tag}`, host: `share.${tag}.example`, auth: "aad" }),
    });
    const input = {
      connectorSlug: c.slug,
      target: { scope: "ORGANIZATION" },
      supportDetails: { businessJustification: "Finance needs it", conditionsOfUse: "Internal use only" },
      secretHandling: "Kept in Key Vault, rotated every 90 days.",
    };
    const { ok, errors } = await settle(Array.from({ length: 20 }, (_, i) => createSharingRequest(instances[i % 2]!, { input, actor: maker })));
    expect(errors.filter((e) => e.code !== "CONFLICT")).toEqual([]);
    expect(ok).toHaveLength(1);
    expect(errors).toHaveLength(19);
    const created = ok[0]!.request.id;
    for (const error of errors) {
      expect(error.code).toBe("CONFLICT");
      expect(error.message).toContain(`This connector already has an open sharing request (${created}, submitted, asked by Sharer ${tag}`);
    }
    expect(await db.sharingRequest.count({ where: { connectorId: c.id } })).toBe(1);
  });

  it("a maker at 45 of 50 importing 20 at once ends at exactly 50 of 50; the other 15 are told the cap", async () => {
    const maker = await makeMaker("Capped");
    for (let i = 0; i < 45; i++) {
      await createDemoConnector(db, {
        slug: `owned-${i}-${tag}`,
        ownerId: maker.id,
        environmentId: envId,
        spec: testConnectorSpec({
          title: `Owned ${i} ${tag}`,
          host: `o${i}.${tag}.example`,
          auth: "none",
          operations: [{ id: "Get", method: "get", path: "/x", summary: "Get x" }],
        }),
      });
    }
    const { ok, errors } = await settle(
      Array.from({ length: 20 }, (_, i) =>
        importConnector(instances[i % 2]!, {
          source: { content: yamlDefinition(`cap${i}.${tag}.example`, `Capped import ${i} ${tag}`), fileName: "c.yaml" },
          actor: maker,
          environmentId: envId,
        }),
      ),
    );
    expect(ok).toHaveLength(5);
    expect(errors).toHaveLength(15);
    for (const error of errors) expect(error).toMatchObject({ code: "LICENCE_CAP_REACHED", message: expect.stringContaining("You own 50 of 50") });
    expect(await db.connector.count({ where: { ownerId: maker.id } })).toBe(50);
  });

  it("20 parallel imports with the same title get 20 distinct addresses: the title, then -2, -3, ...", async () => {
    const maker = await makeMaker("Same title");
    const title = `Same title ${tag}`;
    const { ok, errors } = await settle(
      Array.from({ length: 20 }, (_, i) =>
        importConnector(instances[i % 2]!, {
          source: { content: yamlDefinition(`same${i}.${tag}.example`, title), fileName: "s.yaml" },
          actor: maker,
          environmentId: envId,
        }),
      ),
    );
    expect(errors).toEqual([]);
    const slugs = ok.map((r) => r.connector.slug).sort((a, b) => a.length - b.length || a.localeCompare(b, "en", { numeric: true }));
    const base = `same-title-${tag}`;
    expect(slugs).toEqual([base, ...Array.from({ length: 19 }, (_, i) => `${base}-${i + 2}`)]);
  });
});
