import type { Finding } from "@connector-hub/definitions";
import { AppError, translateDbError } from "../app-error.ts";
import type { Db } from "../client.ts";
import { assertCanCreateConnector } from "../licence/assert-can-create-connector.ts";
import { lockOwnerForCreation } from "../licence/lock-owner-for-creation.ts";
import { assertShareable } from "./assert-shareable.ts";
import { buildVersionFields } from "./build-version-fields.ts";
import { clearCatalogCache } from "./catalog-cache.ts";
import { claimFreeSlug } from "./claim-free-slug.ts";
import type { SharingScope } from "../generated/prisma/enums.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { ConnectorAnswers } from "./connector-answers.ts";
import { prepareConnectorSource, type ConnectorSourceInput, type PreparedSource } from "./prepare-connector-source.ts";

/** The wizard's answers (ConnectorAnswers) default to what the definition says. */
export interface ImportConnectorOptions extends ConnectorAnswers {
  /** The upload (or an already prepared one, when the caller validated it first). */
  source: ConnectorSourceInput | PreparedSource;
  actor: { id: string; label: string };
  /** Who owns the new connector (default: the actor). An administrator adopting a connector found in an environment names its maker. */
  ownerId?: string;
  /**
   * Runs inside the import's transaction once the connector is stored (the adoption links its inventory rows here):
   * a throw rolls the whole import back.
   */
  withinTransaction?: (tx: Prisma.TransactionClient, created: ImportResult) => Promise<void>;
  environmentId?: string;
  slug?: string;
  requestId?: string;
  /**
   * Refuse the import when the owner's licence allows no more custom connectors (default). Only operator tooling
   * that moves existing connectors in bulk (bench/import-corpus.ts) turns it off.
   */
  enforceLicenceCap?: boolean;
  /** Why the maker builds it although published connectors match (issue 23), kept with the connector. */
  publishedNote?: { reason: string; folders: string[] };
}

export interface ImportResult {
  connector: { id: string; slug: string; title: string; scope: SharingScope };
  version: { id: string; number: number; errorCount: number; warningCount: number };
  findings: Finding[];
}

export function slugify(text: string): string {
  const base = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/[\s_-]+/g, "-")
    .slice(0, 60)
    .replace(/-+$/, "");
  return base || "connector";
}

function isPrepared(source: ImportConnectorOptions["source"]): source is PreparedSource {
  return "sourceText" in source && "definition" in source;
}

/**
 * Imports a connector: reads the upload (OpenAPI JSON/YAML, Postman, paconn zip or the wizard's form), validates and
 * summarizes it, and stores the connector, its first version, its operations and an audit event in one transaction.
 */
export async function importConnector(db: Db, options: ImportConnectorOptions): Promise<ImportResult> {
  const prepared = isPrepared(options.source) ? options.source : prepareConnectorSource(options.source);
  const scope = options.scope ?? "PRIVATE";
  assertShareable(scope, prepared.findings);
  const fields = buildVersionFields(prepared);
  const hosting = options.hosting ?? (fields.summary.usesGateway ? "ON_PREMISES" : "CLOUD");
  const authType = options.authType ?? fields.authType;
  if (authType === "WINDOWS" && hosting !== "ON_PREMISES") {
    throw new AppError(
      "BAD_REQUEST",
      "Windows authentication works only through an on-premises data gateway: choose on-premises hosting, or another authentication type.",
    );
  }
  const title = options.title?.trim() || fields.summary.title || prepared.fileName.replace(/\.[^.]+$/, "");
  const publisher = options.publisher?.trim() || fields.summary.publisher || options.actor.label;
  const ownerId = options.ownerId ?? options.actor.id;
  try {
    return await db
      .$transaction(
        async (tx) => {
          const environmentId = options.environmentId ?? (await tx.environment.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } }))?.id;
          if (!environmentId) throw new AppError("CONFLICT", "No environment exists yet: an administrator must create one before connectors can be imported.");
          if (options.enforceLicenceCap !== false) {
            // The cap is counted under a per-owner lock: parallel imports by one maker (on any instance) queue here.
            await lockOwnerForCreation(tx, ownerId);
            const gatewayName = hosting === "ON_PREMISES" ? (options.gatewayName ?? null) : null;
            await assertCanCreateConnector(tx, ownerId, { connector: { hosting, host: fields.connector.host, authType, gatewayName }, environmentId });
          }
          let slug = options.slug ?? "";
          if (options.slug) {
            if (await tx.connector.findUnique({ where: { slug }, select: { id: true } })) throw slugTaken(slug);
          } else {
            slug = await claimFreeSlug(tx, slugify(title));
          }
          const connector = await tx.connector.create({
            data: {
              slug,
              title,
              publisher,
              ...fields.connector,
              hosting,
              gatewayName: hosting === "ON_PREMISES" ? (options.gatewayName ?? null) : null,
              authType,
              scope,
              lifecycle: options.lifecycle ?? "DRAFT",
              ownerId,
              environmentId,
              isSample: options.isSample ?? false,
              brandColor: options.brandColor ?? fields.summary.brandColor ?? "#0078d4",
              ...(prepared.icon ? { icon: new Uint8Array(prepared.icon) } : {}),
              versionCount: 1,
              searchText: fields.searchText(title, publisher),
            },
            select: { id: true, slug: true, title: true, scope: true },
          });
          const version = await tx.connectorVersion.create({
            data: { ...fields.version, connectorId: connector.id, number: 1, createdById: options.actor.id },
            select: { id: true, number: true, errorCount: true, warningCount: true },
          });
          // Imported already shared: people get this first version until a sharing decision gives them another.
          if (scope !== "PRIVATE") await tx.connector.update({ where: { id: connector.id }, data: { sharedVersionId: version.id } });
          await tx.operation.createMany({ data: fields.operations.map((o) => ({ ...o, versionId: version.id })) });
          const note = options.publishedNote;
          if (note?.reason.trim())
            await tx.publishedDuplicateNote.create({ data: { connectorId: connector.id, reason: note.reason.trim(), folders: note.folders } });
          await tx.auditEvent.create({
            data: {
              actorId: options.actor.id,
              actorLabel: options.actor.label,
              action: "connector.imported",
              entityType: "Connector",
              entityId: connector.id,
              after: {
                slug,
                title,
                scope,
                hosting,
                authType,
                sourceFormat: prepared.sourceFormat,
                version: 1,
                errors: version.errorCount,
                ...(note?.reason.trim() ? { publishedMatches: note.folders } : {}),
                ...(ownerId !== options.actor.id ? { ownerId } : {}),
              },
              requestId: options.requestId ?? null,
            },
          });
          const result = { connector, version, findings: prepared.findings };
          await options.withinTransaction?.(tx, result);
          return result;
        },
        { timeout: 30_000, maxWait: 10_000 },
      )
      .finally(clearCatalogCache);
  } catch (error) {
    // A chosen slug taken between the check and the insert (by another instance) is the same answer as before it.
    if (options.slug && isUniqueViolation(error)) throw slugTaken(options.slug);
    throw translateDbError(error, "connector");
  }
}

function slugTaken(slug: string): AppError {
  return new AppError("CONFLICT", `The address /connectors/${slug} is taken by another connector: choose another slug.`, { slug });
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === "P2002";
}
