import { diffDefinitions, type Finding, type TChange } from "@connector-hub/definitions";
import { canEditConnector, canReadConnector } from "@connector-hub/governance";
import { AppError, translateDbError } from "../app-error.ts";
import type { Db } from "../client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { AuthType, SharingScope } from "../generated/prisma/enums.ts";
import { assertShareable } from "./assert-shareable.ts";
import { buildVersionFields } from "./build-version-fields.ts";
import { clearCatalogCache } from "./catalog-cache.ts";
import { prepareConnectorSource, type ConnectorSourceInput, type PreparedSource } from "./prepare-connector-source.ts";
import { checkBreakingImpact, recordBreakingImpact } from "../inventory/acknowledge-breaking-impact.ts";
import type { BreakingImpact } from "../inventory/inventory-types.ts";

export interface AddConnectorVersionOptions {
  slug: string;
  source: ConnectorSourceInput | PreparedSource;
  actor: { id: string; label: string; roles: readonly string[]; groupIds?: readonly string[] };
  authType?: AuthType;
  requestId?: string;
  /** Required when the version's breaking changes reach flows in environments (#20): why it should ship anyway. */
  acknowledgement?: { reason: string };
}

export interface AddVersionResult {
  connector: { id: string; slug: string; title: string; scope: SharingScope };
  version: { id: string; number: number; errorCount: number; warningCount: number; breakingCount: number };
  findings: Finding[];
  changes: TChange[];
  /** The flows its breaking changes reach (empty when none does). */
  impacts: BreakingImpact[];
}

function isPrepared(source: AddConnectorVersionOptions["source"]): source is PreparedSource {
  return "sourceText" in source && "definition" in source;
}

/**
 * Adds a version to a connector (every version is kept): validated, compared with the previous version for what
 * would break the flows built on it, and stored with the connector's mirrored fields and an audit event in one
 * transaction. The connector row is locked so two uploads at once get consecutive numbers.
 */
export async function addConnectorVersion(db: Db, options: AddConnectorVersionOptions): Promise<AddVersionResult> {
  const prepared = isPrepared(options.source) ? options.source : prepareConnectorSource(options.source);
  const fields = buildVersionFields(prepared);
  try {
    return await db
      .$transaction(
        async (tx) => {
          const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Connector" WHERE slug = ${options.slug} FOR UPDATE`;
          const id = locked[0]?.id;
          const connector = id
            ? await tx.connector.findUnique({
                where: { id },
                include: { shares: true, versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, definition: true, contentHash: true } } },
              })
            : null;
          // Someone who may not read the connector is told it does not exist, exactly as for a slug nobody uses.
          const user = { userId: options.actor.id, roles: options.actor.roles, groupIds: options.actor.groupIds ?? [] };
          if (!connector || !canReadConnector(connector, user).allowed)
            throw new AppError("NOT_FOUND", `No connector has the address /connectors/${options.slug}. Check the slug in the catalog.`);
          const access = canEditConnector({ connector, user: { id: options.actor.id, roles: options.actor.roles, groupIds: options.actor.groupIds ?? [] } });
          if (!access.allowed) throw new AppError("FORBIDDEN", access.reason);
          assertShareable(connector.scope, prepared.findings);
          const previous = connector.versions[0];
          if (previous && previous.contentHash === fields.version.contentHash) {
            throw new AppError("CONFLICT", `This file is identical to version ${previous.number}; change the definition before uploading it as a new version.`);
          }
          const diff = previous ? diffDefinitions(previous.definition, prepared.definition) : null;
          const number = (previous?.number ?? 0) + 1;
          const gate = { connector, changes: diff?.changes ?? [], acknowledgement: options.acknowledgement };
          const checked = await checkBreakingImpact(tx, gate);
          const version = await tx.connectorVersion.create({
            data: {
              ...fields.version,
              connectorId: connector.id,
              number,
              createdById: options.actor.id,
              ...(diff ? { breakingChanges: diff as unknown as Prisma.InputJsonValue, breakingCount: diff.summary.breaking } : {}),
            },
            select: { id: true, number: true, errorCount: true, warningCount: true, breakingCount: true },
          });
          await tx.operation.createMany({ data: fields.operations.map((o) => ({ ...o, versionId: version.id })) });
          await tx.connector.update({
            where: { id: connector.id },
            data: {
              ...fields.connector,
              authType: options.authType ?? (connector.authType === "WINDOWS" ? "WINDOWS" : fields.authType),
              versionCount: number,
              searchText: fields.searchText(connector.title, connector.publisher),
              ...(prepared.icon ? { icon: new Uint8Array(prepared.icon) } : {}),
            },
          });
          await tx.auditEvent.create({
            data: {
              actorId: options.actor.id,
              actorLabel: options.actor.label,
              action: "connector.version_added",
              entityType: "Connector",
              entityId: connector.id,
              before: previous ? { version: previous.number } : undefined,
              after: { version: number, sourceFormat: prepared.sourceFormat, errors: version.errorCount, breaking: version.breakingCount },
              requestId: options.requestId ?? null,
            },
          });
          await recordBreakingImpact(tx, { gate, checked, version: number, actor: options.actor, requestId: options.requestId });
          return {
            connector: { id: connector.id, slug: connector.slug, title: connector.title, scope: connector.scope },
            version,
            findings: prepared.findings,
            changes: diff?.changes ?? [],
            impacts: checked.impacts,
          };
        },
        { timeout: 30_000, maxWait: 10_000 },
      )
      .finally(clearCatalogCache);
  } catch (error) {
    throw translateDbError(error, "connector version");
  }
}
