import type { Finding } from "@connector-hub/definitions";
import type { Db } from "../client.ts";
import type { DataSensitivity, SourceFormat } from "../generated/prisma/enums.ts";
import type { ConnectorAnswers } from "./connector-answers.ts";
import { buildVersionFields } from "./build-version-fields.ts";
import { clearCatalogCache } from "./catalog-cache.ts";

export { buildSearchText } from "./build-version-fields.ts";

export interface CreateConnectorOptions extends ConnectorAnswers {
  slug: string;
  ownerId: string;
  environmentId: string;
  sourceFormat: SourceFormat;
  sourceText: string;
  definition: Record<string, unknown>;
  apiProperties?: Record<string, unknown> | null;
  script?: string | null;
  fileName?: string | null;
  findings?: Finding[];
  /** A PNG or JPEG, shown on the brand colour (as the platform shows connector icons). */
  icon?: Uint8Array | null;
  dataSensitivity?: DataSensitivity;
  actor: { id: string; label: string };
  requestId?: string;
}

/**
 * Creates a connector with its first version and operations from an already parsed definition (seed data, the sample
 * connectors), and audits it, in one transaction. Uploads go through importConnector, which parses and validates first.
 */
export async function createConnector(db: Db, options: CreateConnectorOptions) {
  const findings = options.findings ?? [];
  const fields = buildVersionFields({
    sourceFormat: options.sourceFormat,
    fileName: options.fileName ?? "apiDefinition.swagger.json",
    sourceText: options.sourceText,
    definition: options.definition as never,
    apiProperties: (options.apiProperties ?? null) as never,
    apiPropertiesText: null,
    script: options.script ?? null,
    icon: null,
    findings,
    errorCount: findings.filter((f) => f.severity === "error").length,
    warningCount: findings.filter((f) => f.severity === "warning").length,
  });
  const { summary } = fields;
  const title = options.title ?? (summary.title || options.slug);
  const publisher = options.publisher ?? summary.publisher ?? "Unknown publisher";
  return db
    .$transaction(async (tx) => {
      const connector = await tx.connector.create({
        data: {
          ...fields.connector,
          slug: options.slug,
          title,
          publisher,
          hosting: options.hosting ?? (summary.usesGateway ? "ON_PREMISES" : "CLOUD"),
          gatewayName: options.gatewayName ?? null,
          authType: options.authType ?? fields.authType,
          scope: options.scope ?? "PRIVATE",
          lifecycle: options.lifecycle ?? "DRAFT",
          ownerId: options.ownerId,
          environmentId: options.environmentId,
          isSample: options.isSample ?? false,
          brandColor: options.brandColor ?? summary.brandColor ?? "#0078d4",
          ...(options.icon ? { icon: new Uint8Array(options.icon) } : {}),
          dataSensitivity: options.dataSensitivity ?? "INTERNAL",
          versionCount: 1,
          searchText: fields.searchText(title, publisher),
        },
      });
      const version = await tx.connectorVersion.create({
        data: { ...fields.version, connectorId: connector.id, number: 1, createdById: options.ownerId },
      });
      // Created already shared (samples, seed data, an administrator's import): people get this first version.
      if (connector.scope !== "PRIVATE") await tx.connector.update({ where: { id: connector.id }, data: { sharedVersionId: version.id } });
      await tx.operation.createMany({ data: fields.operations.map((o) => ({ ...o, versionId: version.id })) });
      await tx.auditEvent.create({
        data: {
          actorId: options.actor.id,
          actorLabel: options.actor.label,
          action: "connector.created",
          entityType: "Connector",
          entityId: connector.id,
          after: { slug: connector.slug, title: connector.title, scope: connector.scope, lifecycle: connector.lifecycle },
          requestId: options.requestId ?? null,
        },
      });
      return connector;
    })
    .finally(clearCatalogCache);
}
