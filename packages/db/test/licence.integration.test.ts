import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../src/client.ts";
import { assertCanCreateConnector } from "../src/licence/assert-can-create-connector.ts";
import { assignLicence } from "../src/licence/assign-licence.ts";
import { checkEligibilityForUsers } from "../src/licence/check-eligibility-for-users.ts";
import { checkUserEligibility } from "../src/licence/check-user-eligibility.ts";
import { parseUpnCsv } from "../src/licence/parse-upn-csv.ts";
import { checkEligibilityFromCsv } from "../src/licence/check-eligibility-from-csv.ts";
import { exportEligibilityCsv } from "../src/licence/export-eligibility-csv.ts";
import { saveLicencePlan } from "../src/licence/save-licence-plan.ts";
import { createEnvironment, createLicencePlans, createUser } from "../src/seed/factories.ts";

const db = createDb(inject("databaseUrl"), { poolSize: 4 });
const tag = `lc${randomBytes(4).toString("hex")}`;
const DAY = 86_400_000;
const now = new Date();
const ago = (days: number) => new Date(now.getTime() - days * DAY);

type Grant = { plan: string; startsAt?: Date; expiresAt?: Date | null; viaGroup?: boolean };
type Row = {
  situation: string;
  grants: Grant[];
  owned?: [number, number];
  connector?: "cloud" | "azure" | "onprem-no-gateway";
  environment?: "production" | "teams";
  context?: "app";
  use: [boolean, string];
  create: [boolean, string];
  share?: [boolean, string];
  reason?: RegExp;
};

// Seeded plans (DEFAULT_LICENCE_PLANS, stored by the seed) x assignments as an administrator would make them.
const TABLE: Row[] = [
  { situation: "no plan at all", grants: [], use: [false, "no_valid_plan"], create: [false, "no_valid_plan"] },
  {
    situation: "free plan, nothing owned yet",
    grants: [{ plan: "FREE_DEVELOPER" }],
    use: [true, "plan.included"],
    create: [true, "cap.below"],
    share: [false, "share.not_allowed"],
  },
  {
    situation: "free plan, its one connector made",
    grants: [{ plan: "FREE_DEVELOPER" }],
    owned: [1, 0],
    use: [true, "plan.included"],
    create: [false, "cap.reached"],
    reason: /1 of 1/,
  },
  { situation: "Microsoft 365 only", grants: [{ plan: "MICROSOFT_365" }], use: [false, "plan.not_included"], create: [false, "plan.not_included"] },
  {
    situation: "Power Apps per app, outside an app",
    grants: [{ plan: "POWER_APPS_PREMIUM" }],
    use: [false, "plan.app_context_only"],
    create: [true, "cap.below"],
  },
  {
    situation: "Power Apps per app, inside an app",
    grants: [{ plan: "POWER_APPS_PREMIUM" }],
    context: "app",
    use: [true, "plan.app_context_only"],
    create: [true, "cap.below"],
  },
  {
    situation: "premium with 49 of 50, across two environments",
    grants: [{ plan: "POWER_AUTOMATE_PREMIUM" }],
    owned: [30, 19],
    use: [true, "plan.included"],
    create: [true, "cap.below"],
    share: [true, "share.allowed"],
    reason: /49 of 50/,
  },
  {
    situation: "premium at 50, counted across environments",
    grants: [{ plan: "POWER_AUTOMATE_PREMIUM" }],
    owned: [25, 25],
    use: [true, "plan.included"],
    create: [false, "cap.reached"],
    reason: /50 of 50/,
  },
  { situation: "trial within 90 days", grants: [{ plan: "TRIAL", startsAt: ago(10) }], use: [true, "plan.included"], create: [true, "cap.below"] },
  { situation: "trial past 90 days", grants: [{ plan: "TRIAL", startsAt: ago(100) }], use: [false, "no_valid_plan"], create: [false, "no_valid_plan"] },
  {
    situation: "premium assignment expired yesterday",
    grants: [{ plan: "POWER_AUTOMATE_PREMIUM", startsAt: ago(30), expiresAt: ago(1) }],
    use: [false, "no_valid_plan"],
    create: [false, "no_valid_plan"],
  },
  {
    situation: "two plans: Microsoft 365 and premium, most permissive wins",
    grants: [{ plan: "MICROSOFT_365" }, { plan: "POWER_AUTOMATE_PREMIUM" }],
    use: [true, "plan.included"],
    create: [true, "cap.below"],
  },
  {
    situation: "premium through a group",
    grants: [{ plan: "POWER_AUTOMATE_PREMIUM", viaGroup: true }],
    use: [true, "plan.included"],
    create: [true, "cap.below"],
  },
  {
    situation: "Dataverse for Teams, Azure-hosted API in Teams",
    grants: [{ plan: "DATAVERSE_FOR_TEAMS" }],
    connector: "azure",
    environment: "teams",
    use: [true, "plan.azure_hosted_only"],
    create: [true, "cap.none_stated"],
  },
  {
    situation: "Dataverse for Teams, non-Azure API",
    grants: [{ plan: "DATAVERSE_FOR_TEAMS" }],
    connector: "cloud",
    environment: "teams",
    use: [false, "environment.teams_azure_only"],
    create: [false, "environment.teams_azure_only"],
  },
  {
    situation: "premium, on-premises connector without a gateway",
    grants: [{ plan: "POWER_AUTOMATE_PREMIUM" }],
    connector: "onprem-no-gateway",
    use: [false, "connector.gateway_missing"],
    create: [false, "connector.gateway_missing"],
  },
];

const connectors: Record<string, string> = {};
const environments: Record<string, string> = {};
const users: { row: Row; id: string; upn: string }[] = [];

beforeAll(async () => {
  await createLicencePlans(db);
  environments.production = (await createEnvironment(db, `prod-${tag}`, "PRODUCTION")).id;
  environments.teams = (await createEnvironment(db, `teams-${tag}`, "TEAMS")).id;
  const otherEnv = (await createEnvironment(db, `other-${tag}`, "SANDBOX")).id;
  const owner = await createUser(db);
  const base = { title: "t", publisher: "p", basePath: "/", ownerId: owner.id, searchText: "" };
  const make = async (key: string, data: { host: string; hosting: "CLOUD" | "ON_PREMISES"; environmentId: string }) => {
    connectors[key] = (await db.connector.create({ data: { ...base, ...data, slug: `${key}-${tag}`, authType: "OAUTH2" } })).slug;
  };
  await make("cloud", { host: `api.${tag}.example`, hosting: "CLOUD", environmentId: environments.production });
  await make("azure", { host: `${tag}.azurewebsites.net`, hosting: "CLOUD", environmentId: environments.teams });
  await make("onprem-no-gateway", { host: `erp.${tag}.local`, hosting: "ON_PREMISES", environmentId: environments.production });
  const admin = { id: null, label: "licence test" };
  for (const [i, row] of TABLE.entries()) {
    const user = await createUser(db, { upn: `u${i}.${tag}@contoso.example` });
    users.push({ row, id: user.id, upn: user.upn });
    for (const grant of row.grants) {
      const group = grant.viaGroup
        ? await db.group.create({
            data: { tenantId: user.tenantId, objectId: `g${i}-${tag}`, displayName: `Group ${i}`, members: { create: { userId: user.id } } },
          })
        : null;
      await assignLicence(db, {
        input: {
          planKey: grant.plan,
          ...(group ? { groupId: group.id } : { userId: user.id }),
          startsAt: grant.startsAt ?? ago(1),
          expiresAt: grant.expiresAt ?? null,
        },
        actor: admin,
      });
    }
    const [here, there] = row.owned ?? [0, 0];
    const own = (n: number, environmentId: string, prefix: string) =>
      n > 0
        ? db.connector.createMany({
            data: Array.from({ length: n }, (_v, k) => ({
              ...base,
              ownerId: user.id,
              slug: `${prefix}${k}-u${i}-${tag}`,
              host: "h.example",
              authType: "API_KEY" as const,
              environmentId,
            })),
          })
        : null;
    await own(here, environments.production, "a");
    await own(there, otherEnv, "b");
  }
});
afterAll(() => db.$disconnect());

describe("eligibility through the stored plans and assignments", () => {
  it.each(TABLE.map((row, i) => [row.situation, i] as const))("%s", async (_situation, i) => {
    const { row, id } = users[i]!;
    const result = await checkUserEligibility(db, {
      userId: id,
      connector: { slug: connectors[row.connector ?? "cloud"]! },
      ...(row.environment ? { environmentId: environments[row.environment]! } : {}),
      ...(row.context ? { context: row.context } : {}),
      now,
    });
    expect([result.canUse.allowed, result.canUse.rule]).toEqual(row.use);
    expect([result.canCreate.allowed, result.canCreate.rule]).toEqual(row.create);
    if (row.share) expect([result.canShare.allowed, result.canShare.rule]).toEqual(row.share);
    if (row.reason) expect(result.canCreate.reason).toMatch(row.reason);
  });

  it("gives the same verdicts in bulk, by user principal names from a CSV, and names the unknown ones", async () => {
    const csv = [
      "upn",
      ...users.filter((u) => !u.row.connector && !u.row.environment && !u.row.context).map((u) => u.upn.toUpperCase()),
      `nobody.${tag}@contoso.example`,
    ].join("\n");
    const report = await checkEligibilityForUsers(db, { connector: { slug: connectors.cloud! }, upns: parseUpnCsv(csv).rows.map((r) => r.upn), now });
    expect(report.unknownUpns).toEqual([`nobody.${tag}@contoso.example`]);
    for (const result of report.results) {
      const row = users.find((u) => u.id === result.userId)!.row;
      expect([result.canUse.allowed, result.canUse.rule], row.situation).toEqual(row.use);
      expect([result.canCreate.allowed, result.canCreate.rule], row.situation).toEqual(row.create);
    }
    expect(report.summary.total).toBe(report.results.length);
  });

  it("refuses creating a connector beyond the cap with LICENCE_CAP_REACHED (409 at the edge) and the eligibility sentence", async () => {
    const atCap = users.find((u) => u.row.situation.startsWith("premium at 50"))!;
    await expect(assertCanCreateConnector(db, atCap.id)).rejects.toMatchObject({
      code: "LICENCE_CAP_REACHED",
      message: expect.stringMatching(/You own 50 of 50 .*; delete or hand over one before creating another, or ask an administrator for a higher limit\.$/),
    });
    const below = users.find((u) => u.row.situation.startsWith("premium with 49"))!;
    await expect(assertCanCreateConnector(db, below.id)).resolves.toBeUndefined();
  });

  it("audits an administrator's plan edit with before and after, and applies it to the next check", async () => {
    const free = users.find((u) => u.row.situation === "free plan, its one connector made")!;
    const before = await db.licencePlan.findUniqueOrThrow({ where: { key: "FREE_DEVELOPER" } });
    const saved = await saveLicencePlan(db, {
      plan: {
        key: "FREE_DEVELOPER",
        name: before.name,
        usage: before.usage,
        createLimit: 2,
        canShare: false,
        trialDays: null,
        sellable: false,
        source: before.source,
      },
      actor: { id: null, label: "licence test" },
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: saved.id, action: "licence_plan.updated" }, orderBy: { id: "desc" } });
    expect(event.before).toMatchObject({ createLimit: 1 });
    expect(event.after).toMatchObject({ createLimit: 2 });
    const result = await checkUserEligibility(db, { userId: free.id, now });
    expect(result.canCreate).toMatchObject({ allowed: true, rule: "cap.below" });
    await saveLicencePlan(db, { plan: { ...(event.before as object) }, actor: { id: null, label: "licence test" } });
  });

  it("says what to change for a bad plan or CSV", async () => {
    await expect(saveLicencePlan(db, { plan: { key: "bad key", name: "", usage: "MAYBE" }, actor: { id: null, label: "t" } })).rejects.toThrow(
      /Plan key must be capital letters/,
    );
    expect(() => parseUpnCsv("upn\nnot-a-upn\n")).toThrow(/line 2: Not a user principal name/);
    expect(() => parseUpnCsv("\n\n")).toThrow(/holds no user principal names/);
    expect(parseUpnCsv('a@x.example\nnot a upn\n"broken,\nb@x.example\n')).toEqual({
      rows: [
        { line: 1, upn: "a@x.example" },
        { line: 4, upn: "b@x.example" },
      ],
      rejected: [
        { line: 2, value: "not a upn", problem: expect.stringMatching(/name@domain/) },
        { line: 3, value: '"broken,', problem: expect.stringMatching(/not valid CSV/) },
      ],
    });
  });

  it("checks every readable line of a CSV, reports the bad ones by line, and exports every row formula-safe", async () => {
    const known = users.find((u) => !u.row.connector && !u.row.environment && !u.row.context)!;
    const csv = ["upn", known.upn, '=HYPERLINK("x")', `nobody.${tag}@contoso.example`, known.upn.toUpperCase()].join("\n");
    const report = await checkEligibilityFromCsv(db, { connector: { slug: connectors.cloud! }, csv, now });
    expect(report.rows.map((r) => [r.line, r.outcome])).toEqual([
      [2, known.row.use[0] ? "eligible" : "not eligible"],
      [3, "unreadable"],
      [4, "unknown user"],
      [5, "duplicate"],
    ]);
    expect(report.rows[0]!.reason).not.toMatch(/\b(you|your)\b/i);
    expect(report.rows[2]!.reason).toMatch(/No active user has this user principal name/);
    const exported = exportEligibilityCsv(report.rows).split("\n");
    expect(exported[0]).toBe("line,upn,name,outcome,reason,can use,can create,can share,create reason,share reason");
    expect(exported).toHaveLength(6);
    expect(exported[2]).toMatch(/^3,"'=HYPERLINK/);
  });
});
