import { createHash } from "node:crypto";
import { summarizeDefinition } from "@connector-hub/definitions/summary";
import type { Db } from "../client.ts";
import type { AuthType, DataSensitivity, Hosting, Lifecycle, SharingScope, SourceFormat } from "../generated/prisma/enums.ts";
import type { Prisma } from "../generated/prisma/client.ts";

export interface CreateConnectorOptions {
  slug: string;
  ownerId: string;
  environmentId: string;
  sourceFormat: SourceFormat;
  sourceText: string;
  definition: Record<string, unknown>;
  apiProperties?: Record<string, unknown> | null;
  script?: string | null;
  fileName?: string | null;
  findings?: { severity: string }[];
  title?: string;
  publisher?: string;
  hosting?: Hosting;
  gatewayName?: string | null;
  authType?: AuthType;
  scope?: SharingScope;
  lifecycle?: Lifecycle;
  isSample?: boolean;
  brandColor?: string;
  dataSensitivity?: DataSensitivity;
  actor: { id: string; label: string };
  requestId?: string;
}

/** Text the catalog search matches against: lower-cased, in one column with a trigram index. */
export function buildSearchText(parts: (string | null | undefined)[]): string {
  return parts.filter(Boolean).join(" \n").toLowerCase().slice(0, 20_000);
}

/** Creates a connector with its first version and operations, and audits it, in one transaction. */
export async function createConnector(db: Db, options: CreateConnectorOptions) {
  const summary = summarizeDefinition(options.definition, options.apiProperties ?? undefined);
  const findings = options.findings ?? [];
  const errorCount = findings.filter((f) => f.severity === "error").length;
  const warningCount = findings.filter((f) => f.severity === "warning").length;
  const title = options.title ?? (summary.title || options.slug);
  const publisher = options.publisher ?? summary.publisher ?? "Unknown publisher";
  const actions = summary.operations.filter((o) => o.kind === "ACTION").length;
  return db.$transaction(async (tx) => {
    const connector = await tx.connector.create({
      data: {
        slug: options.slug,
        title,
        description: summary.description,
        publisher,
        host: summary.host,
        basePath: summary.basePath || "/",
        hosting: options.hosting ?? (summary.usesGateway ? "ON_PREMISES" : "CLOUD"),
        gatewayName: options.gatewayName ?? null,
        authType: options.authType ?? summary.authType,
        identityProvider: summary.identityProvider,
        scope: options.scope ?? "PRIVATE",
        lifecycle: options.lifecycle ?? "DRAFT",
        ownerId: options.ownerId,
        environmentId: options.environmentId,
        isSample: options.isSample ?? false,
        brandColor: options.brandColor ?? summary.brandColor ?? "#0078d4",
        dataSensitivity: options.dataSensitivity ?? "INTERNAL",
        actionCount: actions,
        triggerCount: summary.operations.length - actions,
        errorCount,
        warningCount,
        versionCount: 1,
        searchText: buildSearchText([title, summary.description, publisher, summary.host, ...summary.operations.map((o) => o.summary)]),
        versions: {
          create: {
            number: 1,
            sourceFormat: options.sourceFormat,
            fileName: options.fileName ?? null,
            sourceText: options.sourceText,
            definition: options.definition as Prisma.InputJsonValue,
            apiProperties: (options.apiProperties ?? undefined) as Prisma.InputJsonValue | undefined,
            script: options.script ?? null,
            contentHash: createHash("sha256").update(options.sourceText).digest("hex"),
            findings: findings as unknown as Prisma.InputJsonValue,
            errorCount,
            warningCount,
            createdById: options.ownerId,
            operations: {
              create: summary.operations.map((o) => ({
                operationId: o.operationId,
                kind: o.kind,
                triggerKind: o.triggerKind,
                triggerCardinality: o.triggerCardinality,
                method: o.method,
                path: o.path,
                summary: o.summary,
                description: o.description,
                visibility: o.visibility,
                deprecated: o.deprecated,
                parameters: o.parameters as unknown as Prisma.InputJsonValue,
              })),
            },
          },
        },
      },
    });
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
  });
}
