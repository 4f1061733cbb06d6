import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { AppError } from "../src/app-error.ts";
import { createDb } from "../src/client.ts";
import { copyStoredDlpPolicy } from "../src/dlp/copy-stored-dlp-policy.ts";
import { deleteDlpPolicy } from "../src/dlp/delete-dlp-policy.ts";
import { getConnectorDlpGroup } from "../src/dlp/get-connector-dlp-group.ts";
import { previewDlpPolicy } from "../src/dlp/preview-dlp-policy.ts";
import { saveDlpPolicy } from "../src/dlp/save-dlp-policy.ts";
import { createDemoConnector, createEnvironment, createUser } from "../src/seed/factories.ts";
import { testConnectorSpec } from "./connector-fixtures.ts";

const db = createDb(inject("databaseUrl"), { poolSize: 4 });
const tag = `dlp${randomBytes(4).toString("hex")}`;
const actor = { id: null, label: "dlp tests" };
let envId = "";
let policyId = "";

const policy = (
  patterns: [string, "BUSINESS" | "NON_BUSINESS" | "BLOCKED" | "IGNORE"][],
  overrides: { connectorName: string; group: "BUSINESS" | "NON_BUSINESS" | "BLOCKED" }[] = [],
) => ({
  name: `Policy ${tag}`,
  scope: "ENVIRONMENT" as const,
  environmentId: envId,
  patterns: patterns.map(([pattern, group], i) => ({ order: i + 1, pattern, group })),
  overrides,
});

beforeAll(async () => {
  const owner = await createUser(db, { roles: ["Hub.Maker"] });
  const env = await createEnvironment(db, `env-${tag}`);
  envId = env.id;
  const make = (slug: string, title: string, host: string) =>
    createDemoConnector(db, {
      slug: `${slug}-${tag}`,
      ownerId: owner.id,
      environmentId: env.id,
      spec: testConnectorSpec({ title, description: title, host, auth: "apiKey", operations: [{ id: "Ping", method: "get", path: "/ping", summary: "Ping" }] }),
    });
  await make("crm", `CRM ${tag}`, "crm.contoso.example");
  await make("chat", `Chat ${tag}`, "chat.example.org");
  await make("files", `Files ${tag}`, "files.contoso.example");
  const saved = await saveDlpPolicy(db, {
    input: policy([
      ["https://*.contoso.example", "BUSINESS"],
      ["*", "NON_BUSINESS"],
    ]),
    actor,
  });
  policyId = saved.id;
});
afterAll(() => db.$disconnect());

const errorOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as AppError;
  }
  throw new Error("expected a refusal");
};

describe("DLP policies", () => {
  it("classifies each connector of its environment by the first matching pattern", async () => {
    expect((await getConnectorDlpGroup(db, `crm-${tag}`))?.decision).toEqual({
      group: "BUSINESS",
      decidedBy: { kind: "pattern", pattern: "https://*.contoso.example", order: 1 },
    });
    expect((await getConnectorDlpGroup(db, `chat-${tag}`))?.decision.group).toBe("NON_BUSINESS");
    expect((await getConnectorDlpGroup(db, `crm-${tag}`))?.policy?.name).toBe(`Policy ${tag}`);
  });

  it("refuses a policy whose * is not last, saying what to move", async () => {
    const error = await errorOf(
      saveDlpPolicy(db, {
        id: policyId,
        input: {
          ...policy([
            ["*", "NON_BUSINESS"],
            ["https://*.contoso.example", "BUSINESS"],
          ]),
        },
        actor,
      }),
    );
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.message).toMatch(/"\*" must be the last pattern/);
  });

  it("refuses an override naming a connector that does not exist", async () => {
    const error = await errorOf(
      saveDlpPolicy(db, { id: policyId, input: policy([["*", "NON_BUSINESS"]], [{ connectorName: `nothing-${tag}`, group: "BLOCKED" }]), actor }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain(`nothing-${tag}`);
  });

  it("previews which connectors move group before saving, then saves, audits and reclassifies", async () => {
    const draft = policy(
      [
        ["https://files.contoso.example", "BLOCKED"],
        ["https://*.contoso.example", "BUSINESS"],
        ["*", "NON_BUSINESS"],
      ],
      [{ connectorName: `chat-${tag}`, group: "BUSINESS" }],
    );
    const preview = await previewDlpPolicy(db, { id: policyId, input: draft });
    expect(preview.governed).toBe(3);
    expect(preview.moved.map((m) => [m.slug, m.from.group, m.to.group, m.to.rule])).toEqual([
      [`chat-${tag}`, "NON_BUSINESS", "BUSINESS", "override by id"],
      [`files-${tag}`, "BUSINESS", "BLOCKED", "pattern 1: https://files.contoso.example"],
    ]);
    expect(preview.before).toEqual({ BUSINESS: 2, NON_BUSINESS: 1, BLOCKED: 0, IGNORE: 0 });
    expect(preview.after).toEqual({ BUSINESS: 2, NON_BUSINESS: 0, BLOCKED: 1, IGNORE: 0 });
    expect((await getConnectorDlpGroup(db, `files-${tag}`))?.decision.group).toBe("BUSINESS");

    await saveDlpPolicy(db, { id: policyId, input: draft, actor });
    expect((await getConnectorDlpGroup(db, `files-${tag}`))?.decision.group).toBe("BLOCKED");
    const facts = await db.connectorDlpFact.findMany({ where: { connector: { environmentId: envId } }, include: { connector: { select: { slug: true } } } });
    expect(Object.fromEntries(facts.map((f) => [f.connector.slug, f.group]))).toEqual({
      [`crm-${tag}`]: "BUSINESS",
      [`chat-${tag}`]: "BUSINESS",
      [`files-${tag}`]: "BLOCKED",
    });
    const audit = await db.auditEvent.findFirst({ where: { entityId: policyId, action: "dlp.policy.updated" }, orderBy: { at: "desc" } });
    expect((audit?.after as { patterns: unknown[] }).patterns).toHaveLength(3);
    expect((audit?.before as { patterns: unknown[] }).patterns).toHaveLength(2);
  });

  it("copies a policy with its patterns and overrides, numbering repeated copies", async () => {
    const first = await copyStoredDlpPolicy(db, { id: policyId, actor });
    const second = await copyStoredDlpPolicy(db, { id: policyId, actor });
    expect(first.name).toBe(`Copy of Policy ${tag}`);
    expect(second.name).toBe(`Copy of Policy ${tag} (2)`);
    const original = await db.dlpPolicy.findUniqueOrThrow({ where: { id: policyId }, include: { patterns: { orderBy: { order: "asc" } }, overrides: true } });
    expect(first.patterns.map((p) => [p.order, p.pattern, p.group])).toEqual(original.patterns.map((p) => [p.order, p.pattern, p.group]));
    expect(first.overrides.map((o) => [o.connectorId, o.group])).toEqual(original.overrides.map((o) => [o.connectorId, o.group]));
    await deleteDlpPolicy(db, { id: second.id, actor });
    await deleteDlpPolicy(db, { id: first.id, actor });
    expect(await db.dlpPolicy.count({ where: { name: { startsWith: `Copy of Policy ${tag}` } } })).toBe(0);
  });

  it("refuses to delete the default tenant policy", async () => {
    const fallback = await db.dlpPolicy.findFirst({ where: { isDefault: true } });
    const id =
      fallback?.id ??
      (
        await db.dlpPolicy.create({
          data: { name: `Default ${tag}`, isDefault: true, patterns: { create: [{ order: 1, pattern: "*", group: "NON_BUSINESS" }] } },
        })
      ).id;
    const error = await errorOf(deleteDlpPolicy(db, { id, actor }));
    expect(error.code).toBe("CONFLICT");
  });
});
