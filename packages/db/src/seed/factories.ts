// Seed factories: the building blocks of the demo data, reused by integration and browser tests.
import { randomUUID } from "node:crypto";
import { DEFAULT_LICENCE_PLANS } from "@connector-hub/governance";
import type { Db } from "../client.ts";
import { createConnector, type CreateConnectorOptions } from "../connectors/create-connector.ts";
import type { EnvironmentType } from "../generated/prisma/enums.ts";
import { buildDemoDefinition, type DemoConnectorSpec } from "./demo-definitions.ts";
import { LOCAL_TENANT_ID, type Persona } from "./personas.ts";

export async function createUser(db: Db, overrides: Partial<Persona> & { tenantId?: string; isActive?: boolean } = {}) {
  const oid = overrides.oid ?? randomUUID();
  return db.user.create({
    data: {
      tenantId: overrides.tenantId ?? LOCAL_TENANT_ID,
      oid,
      upn: overrides.upn ?? `user-${oid.slice(0, 8)}@contoso.example`,
      displayName: overrides.displayName ?? `User ${oid.slice(0, 8)}`,
      roles: overrides.roles ?? [],
      isActive: overrides.isActive ?? true,
    },
  });
}

export async function createEnvironment(db: Db, name: string, type: EnvironmentType = "PRODUCTION") {
  return db.environment.create({
    data: { name, displayName: name.replace(/(^|-)(\w)/g, (_m, sep: string, c: string) => (sep ? " " : "") + c.toUpperCase()), type },
  });
}

export async function createLicencePlans(db: Db) {
  for (const plan of DEFAULT_LICENCE_PLANS) {
    await db.licencePlan.upsert({
      where: { key: plan.key },
      update: {},
      create: {
        key: plan.key,
        name: plan.name,
        usage: plan.usage,
        createLimit: plan.createLimit,
        canShare: plan.canShare,
        trialDays: plan.trialDays,
        sellable: plan.sellable,
        source: plan.source,
      },
    });
  }
}

export async function assignPlan(db: Db, planKey: string, target: { userId?: string; groupId?: string }, expiresAt: Date | null = null) {
  const plan = await db.licencePlan.findUniqueOrThrow({ where: { key: planKey } });
  return db.licenceAssignment.create({ data: { planId: plan.id, userId: target.userId, groupId: target.groupId, expiresAt } });
}

export type DemoConnectorOptions = Omit<CreateConnectorOptions, "sourceFormat" | "sourceText" | "definition" | "apiProperties" | "actor"> & {
  spec: DemoConnectorSpec;
  actorLabel?: string;
};

/** A connector of our own making, from a compact spec, stored as an OpenAPI JSON upload would be. */
export async function createDemoConnector(db: Db, options: DemoConnectorOptions) {
  const { swagger, apiProperties } = buildDemoDefinition(options.spec);
  const { spec, actorLabel, ...rest } = options;
  return createConnector(db, {
    ...rest,
    publisher: rest.publisher ?? spec.publisher,
    sourceFormat: "OPENAPI_JSON",
    sourceText: `${JSON.stringify(swagger, null, 2)}\n`,
    fileName: "apiDefinition.swagger.json",
    definition: swagger,
    apiProperties,
    actor: { id: options.ownerId, label: actorLabel ?? "seed" },
  });
}

export async function createDefaultDlpPolicy(db: Db) {
  return db.dlpPolicy.create({
    data: {
      name: "Tenant default",
      scope: "TENANT",
      isDefault: true,
      patterns: {
        create: [
          { order: 1, pattern: "https://*.contoso.example", group: "BUSINESS" },
          { order: 2, pattern: "https://*.fabrikam.example", group: "BUSINESS" },
          { order: 3, pattern: "http://*", group: "BLOCKED" },
          { order: 4, pattern: "*", group: "NON_BUSINESS" },
        ],
      },
    },
  });
}
