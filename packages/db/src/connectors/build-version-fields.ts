import { createHash } from "node:crypto";
import { summarizeDefinition, type DefinitionSummary } from "@connector-hub/definitions/summary";
import type { Prisma } from "../generated/prisma/client.ts";
import type { AuthType, ConnectorKind } from "../generated/prisma/enums.ts";
import type { PreparedSource } from "./prepare-connector-source.ts";

export interface VersionFields {
  summary: DefinitionSummary;
  /** What the connector row denormalizes from its current version (cards and facets need no joins). */
  connector: {
    /** MCP when the version is how an agent reaches an MCP server (the catalog's badge and facet), else REST. */
    kind: ConnectorKind;
    description: string;
    host: string;
    basePath: string;
    identityProvider: string | null;
    actionCount: number;
    triggerCount: number;
    errorCount: number;
    warningCount: number;
  };
  /** The version row, less its number, connector and author. */
  version: Omit<Prisma.ConnectorVersionUncheckedCreateInput, "connectorId" | "number" | "createdById" | "operations">;
  /** Its operations, inserted with one createMany (a nested create would cost one round trip per operation). */
  operations: Omit<Prisma.OperationCreateManyInput, "versionId">[];
  searchText: (title: string, publisher: string) => string;
  authType: AuthType;
}

/** Text the catalog search matches against, lower-cased; PostgreSQL generates the word index (searchVector) from it. */
export function buildSearchText(parts: (string | null | undefined)[]): string {
  return parts.filter(Boolean).join(" \n").toLowerCase().slice(0, 20_000);
}

/** Everything a version stores and the connector row mirrors, derived once from a prepared upload. */
export function buildVersionFields(prepared: PreparedSource): VersionFields {
  const summary = summarizeDefinition(prepared.definition, prepared.apiProperties ?? undefined);
  const actions = summary.operations.filter((o) => o.kind === "ACTION").length;
  return {
    summary,
    authType: summary.authType,
    connector: {
      kind: summary.kind,
      description: summary.description,
      host: summary.host,
      basePath: summary.basePath || "/",
      identityProvider: summary.identityProvider,
      actionCount: actions,
      triggerCount: summary.operations.length - actions,
      errorCount: prepared.errorCount,
      warningCount: prepared.warningCount,
    },
    searchText: (title, publisher) => buildSearchText([title, summary.description, publisher, summary.host, ...summary.operations.map((o) => o.summary)]),
    version: {
      sourceFormat: prepared.sourceFormat,
      fileName: prepared.fileName,
      sourceText: prepared.sourceText,
      definition: prepared.definition as Prisma.InputJsonValue,
      ...(prepared.apiProperties ? { apiProperties: prepared.apiProperties as Prisma.InputJsonValue } : {}),
      script: prepared.script,
      contentHash: createHash("sha256").update(prepared.sourceText).digest("hex"),
      findings: prepared.findings as unknown as Prisma.InputJsonValue,
      errorCount: prepared.errorCount,
      warningCount: prepared.warningCount,
    },
    operations: summary.operations.map((o) => ({
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
  };
}
