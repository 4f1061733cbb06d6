import { createHash } from "node:crypto";
import { AppError } from "../app-error.ts";
import type { Db } from "../client.ts";
import { addConnectorVersion } from "../connectors/add-connector-version.ts";
import { createConnector } from "../connectors/create-connector.ts";
import { prepareConnectorSource } from "../connectors/prepare-connector-source.ts";
import { PERSONAS } from "../seed/personas.ts";

export interface SampleConnectorInput {
  /** "api-key" | "basic" | "oauth2": becomes part of the slug, so a variant keeps its catalog address. */
  variant: string;
  swagger: unknown;
  apiProperties: unknown;
}

export interface RegisterSampleConnectorsOptions {
  definitions: readonly SampleConnectorInput[];
  /** Entra object id of the owner; default: the admin persona of the demo tenant. */
  ownerOid?: string;
}

export type SampleRegistration = { slug: string; outcome: "created" | "updated" | "unchanged" };

export const SAMPLE_SLUG_PREFIX = "sample-inventory-";

export function sampleSlug(variant: string): string {
  return `${SAMPLE_SLUG_PREFIX}${variant}`;
}

async function findHome(db: Db, ownerOid: string) {
  const owner = await db.user.findFirst({ where: { oid: ownerOid }, select: { id: true, displayName: true, roles: true } });
  if (!owner) throw new AppError("NOT_FOUND", "The sample connectors' owner (the admin persona) is not in the database; seed it first (npm run db:seed).");
  // Samples belong in production next to the demo connectors; any environment will do on a database seeded otherwise.
  const environment =
    (await db.environment.findFirst({ where: { type: "PRODUCTION" }, orderBy: { createdAt: "asc" } })) ??
    (await db.environment.findFirst({ orderBy: { createdAt: "asc" } }));
  if (!environment) throw new AppError("NOT_FOUND", "No environment exists to hold the sample connectors; seed the database first (npm run db:seed).");
  return { owner, environment };
}

/**
 * Puts the sample API's connectors into the catalog: published, shared with the organization, marked as samples.
 * Safe to run on every start: a definition that did not change is left alone, a changed one (another port or
 * public address, a newer sample API) becomes a new version, and nothing is ever duplicated.
 */
export async function registerSampleConnectors(db: Db, options: RegisterSampleConnectorsOptions): Promise<SampleRegistration[]> {
  const ownerOid = options.ownerOid ?? PERSONAS.find((p) => p.key === "admin")!.oid;
  const { owner, environment } = await findHome(db, ownerOid);
  const actor = { id: owner.id, label: `${owner.displayName} (sample registration)`, roles: owner.roles };
  const results: SampleRegistration[] = [];
  for (const sample of options.definitions) {
    const slug = sampleSlug(sample.variant);
    const sourceText = `${JSON.stringify(sample.swagger, null, 2)}\n`;
    const prepared = prepareConnectorSource({
      content: sourceText,
      fileName: "apiDefinition.swagger.json",
      apiProperties: JSON.stringify(sample.apiProperties, null, 2),
    });
    const existing = await db.connector.findUnique({
      where: { slug },
      select: { id: true, versions: { orderBy: { number: "desc" }, take: 1, select: { contentHash: true } } },
    });
    if (!existing) {
      try {
        await createConnector(db, {
          slug,
          ownerId: owner.id,
          environmentId: environment.id,
          scope: "PUBLIC",
          lifecycle: "PUBLISHED",
          isSample: true,
          dataSensitivity: "PUBLIC",
          sourceFormat: prepared.sourceFormat,
          sourceText,
          fileName: prepared.fileName,
          definition: prepared.definition,
          apiProperties: prepared.apiProperties,
          findings: prepared.findings,
          actor,
        });
        results.push({ slug, outcome: "created" });
      } catch (error) {
        // Another process registering at the same moment won the race: its row is the one we wanted.
        if ((error as { code?: string }).code !== "P2002") throw error;
        results.push({ slug, outcome: "unchanged" });
      }
      continue;
    }
    const hash = createHash("sha256").update(sourceText).digest("hex");
    if (existing.versions[0]?.contentHash === hash) {
      results.push({ slug, outcome: "unchanged" });
      continue;
    }
    // The sample API moved (another port, SAMPLE_API_PUBLIC_URL) or changed: the demo flows that use the samples are
    // the hub's own seed, so the new version is acknowledged on their behalf (audited like any acknowledgement).
    const added = await addConnectorVersion(db, {
      slug,
      source: prepared,
      actor,
      acknowledgement: { reason: "The sample API moved or changed; npm start registered its definition again." },
    });
    // The hub's own samples follow the sample API without a sharing decision: people get the new version at once.
    await db.connector.update({ where: { slug }, data: { sharedVersionId: added.version.id } });
    results.push({ slug, outcome: "updated" });
  }
  return results;
}
