// The catalog's SQL (catalogVisibility, through listCatalog) and governance's canReadConnector must agree on who reads
// what: a property test over generated connectors (owner, scope), shares (user, group, organization; Can view / Can
// edit; revoked or not) and viewers (anonymous, builder in a group, maker owner/other, administrator, member of another
// group), on the real database. A disagreement is a connector listed to someone its page would refuse, or the reverse.
import { randomBytes } from "node:crypto";
import { canReadConnector, type ReadViewer } from "@connector-hub/governance";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../src/client.ts";
import type { CatalogViewer } from "../src/connectors/catalog-visibility.ts";
import { listCatalog } from "../src/connectors/list-catalog.ts";
import { createEnvironment, createUser } from "../src/seed/factories.ts";

const db = createDb(inject("databaseUrl"), { poolSize: 2 });
afterAll(() => db.$disconnect());

const SCOPES = ["PRIVATE", "USERS", "ORGANIZATION", "PUBLIC"] as const;
const PEOPLE = ["ownerMaker", "otherMaker", "builder", "admin", "otherGroupMember"] as const;
type Person = (typeof PEOPLE)[number];
const VIEWERS = ["anonymous", ...PEOPLE] as const;

let ids: Record<Person, string>;
let groups: { finance: string; ops: string };
let environmentId: string;
const tag = `rr${randomBytes(4).toString("hex")}`;

beforeAll(async () => {
  const tenantId = `tenant-${tag}`;
  const [ownerMaker, otherMaker, builder, admin, otherGroupMember] = await Promise.all([
    createUser(db, { tenantId, roles: ["Hub.Maker"] }),
    createUser(db, { tenantId, roles: ["Hub.Maker"] }),
    createUser(db, { tenantId, roles: [] }),
    createUser(db, { tenantId, roles: ["Hub.Admin"] }),
    createUser(db, { tenantId, roles: [] }),
  ]);
  ids = { ownerMaker: ownerMaker.id, otherMaker: otherMaker.id, builder: builder.id, admin: admin.id, otherGroupMember: otherGroupMember.id };
  const finance = await db.group.create({
    data: { tenantId, objectId: `${tag}-finance`, displayName: "Finance", members: { create: [{ userId: builder.id }] } },
  });
  const ops = await db.group.create({
    data: { tenantId, objectId: `${tag}-ops`, displayName: "Ops", members: { create: [{ userId: otherGroupMember.id }, { userId: otherMaker.id }] } },
  });
  groups = { finance: finance.id, ops: ops.id };
  environmentId = (await createEnvironment(db, `env-${tag}`)).id;
});

/** Both notions of one viewer: the catalog's (SQL) and governance's. */
function viewerOf(key: (typeof VIEWERS)[number]): { catalog: CatalogViewer; rule: ReadViewer | null } {
  if (key === "anonymous") return { catalog: { userId: null, groupIds: [], isAdmin: false }, rule: null };
  const roles = key === "admin" ? ["Hub.Admin"] : key.endsWith("Maker") ? ["Hub.Maker"] : [];
  const groupIds = key === "builder" ? [groups.finance] : key === "otherGroupMember" || key === "otherMaker" ? [groups.ops] : [];
  return { catalog: { userId: ids[key], groupIds, isAdmin: key === "admin" }, rule: { userId: ids[key], roles, groupIds } };
}

const arbShare = fc.record({
  principal: fc.constantFrom("USER:ownerMaker", "USER:otherMaker", "USER:builder", "USER:otherGroupMember", "GROUP:finance", "GROUP:ops", "ORGANIZATION"),
  permission: fc.constantFrom("CAN_VIEW", "CAN_EDIT"),
  revoked: fc.boolean(),
});
const arbConnector = fc.record({
  owner: fc.constantFrom(...PEOPLE),
  scope: fc.constantFrom(...SCOPES),
  shares: fc.array(arbShare, { maxLength: 3 }),
});

let run = 0;

describe("the catalog lists exactly what canReadConnector lets each viewer read", () => {
  it("for generated connectors, shares and viewers", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbConnector, { minLength: 1, maxLength: 6 }), async (specs) => {
        const runTag = `${tag}x${run++}`;
        const rows = [];
        for (const [i, spec] of specs.entries()) {
          const created = await db.connector.create({
            data: {
              slug: `${runTag}-${i}`,
              title: `Rule ${runTag} ${i}`,
              publisher: "Property",
              host: "rule.example",
              authType: "NONE",
              ownerId: ids[spec.owner],
              environmentId,
              scope: spec.scope,
              searchText: `${runTag} rule ${i}`,
            },
          });
          const shares = spec.shares.map((s) => {
            const [kind, who] = s.principal.split(":") as ["USER" | "GROUP" | "ORGANIZATION", string | undefined];
            return {
              connectorId: created.id,
              principalType: kind,
              permission: s.permission as "CAN_VIEW" | "CAN_EDIT",
              grantedById: ids.admin,
              userId: kind === "USER" ? ids[who as Person] : null,
              groupId: kind === "GROUP" ? groups[who as "finance" | "ops"] : null,
              revokedAt: s.revoked ? new Date() : null,
            };
          });
          if (shares.length) await db.share.createMany({ data: shares });
          rows.push({ slug: created.slug, connector: { ownerId: created.ownerId, scope: created.scope, shares } });
        }
        for (const key of VIEWERS) {
          const viewer = viewerOf(key);
          const expected = rows
            .filter((r) => canReadConnector(r.connector, viewer.rule).allowed)
            .map((r) => r.slug)
            .sort();
          const listed = (await listCatalog(db, { q: runTag, limit: 100 }, viewer.catalog)).items.map((i) => i.slug).sort();
          expect({ viewer: key, listed }).toEqual({ viewer: key, listed: expected });
        }
      }),
      { numRuns: 60 },
    );
  });

  it("anonymous callers are shown PUBLIC connectors only, whatever is shared with the organization", async () => {
    const slug = `${tag}-orgshared`;
    const c = await db.connector.create({
      data: {
        slug,
        title: `Org ${tag}`,
        publisher: "P",
        host: "o.example",
        authType: "NONE",
        ownerId: ids.ownerMaker,
        environmentId,
        scope: "ORGANIZATION",
        searchText: `${tag}orgshared`,
      },
    });
    await db.share.create({ data: { connectorId: c.id, principalType: "ORGANIZATION", permission: "CAN_VIEW", grantedById: ids.admin } });
    expect((await listCatalog(db, { q: `${tag}orgshared` }, viewerOf("anonymous").catalog)).total).toBe(0);
    expect((await listCatalog(db, { q: `${tag}orgshared` }, viewerOf("builder").catalog)).total).toBe(1);
  });
});
