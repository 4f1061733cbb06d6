import { joinPointer } from "../parse/json-pointer.ts";
import type { Issue, TJsonObject } from "../types.ts";
import { asObject, asString, describeOperation, text } from "./rule-helpers.ts";
import { NONE, defineRule, type OperationTarget, type Rule } from "./rule-types.ts";

function annotation(op: OperationTarget["op"]) {
  return asObject(op["x-ms-api-annotation"]);
}

function familyMembers(operation: OperationTarget): OperationTarget[] {
  const family = asString(annotation(operation.op)?.family);
  return family ? operation.ctx.operations.filter((o) => asString(annotation(o.op)?.family) === family) : [];
}

/** x-ms-api-annotation: operation families, revisions and replacements of deprecated operations. */
export const API_ANNOTATION_RULES: Rule[] = [
  defineRule({
    id: "ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "x-ms-api-annotation names a replacement for an operation that is not deprecated.",
    node: "operation",
    keys: ["x-ms-api-annotation"],
    check: ({ op, pointer }) =>
      annotation(op)?.replacement !== undefined && op.deprecated !== true
        ? [
            {
              message: `This operation names a replacement in x-ms-api-annotation but is not deprecated. Add "deprecated": true, or remove "replacement".`,
              path: joinPointer(pointer, "x-ms-api-annotation", "replacement"),
            },
          ]
        : NONE,
  }),
  defineRule({
    id: "ApiAnnotationExtensionReplacementInfoMissingApiProperty",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "x-ms-api-annotation.replacement has no 'api'.",
    node: "operation",
    keys: ["x-ms-api-annotation"],
    check: ({ op, pointer }) => {
      const replacement = asObject(annotation(op)?.replacement);
      return replacement && typeof replacement.api !== "string"
        ? [
            {
              message: `x-ms-api-annotation.replacement has no "api". Add the name of the connector that holds the replacement operation.`,
              path: joinPointer(pointer, "x-ms-api-annotation", "replacement"),
            },
          ]
        : NONE;
    },
  }),
  defineRule({
    id: "ApiAnnotationExtensionReplacementInfoMissingOperationIdProperty",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "x-ms-api-annotation.replacement has no 'operationId'.",
    node: "operation",
    keys: ["x-ms-api-annotation"],
    check: ({ op, pointer }) => {
      const replacement = asObject(annotation(op)?.replacement);
      return replacement && typeof replacement.operationId !== "string"
        ? [
            {
              message: `x-ms-api-annotation.replacement has no "operationId". Add the operationId of the operation that replaces this one.`,
              path: joinPointer(pointer, "x-ms-api-annotation", "replacement"),
            },
          ]
        : NONE;
    },
  }),
  defineRule({
    id: "OperationRevisionEmpty",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "x-ms-api-annotation has a family but no revision.",
    node: "operation",
    keys: ["x-ms-api-annotation"],
    check: ({ op, pointer }) => {
      const a = annotation(op);
      return a && a.family !== undefined && (a.revision === undefined || a.revision === "")
        ? [
            {
              message: `x-ms-api-annotation names family "${text(a.family)}" but no "revision". Add "revision": 1 (and increase it for each new version).`,
              path: joinPointer(pointer, "x-ms-api-annotation"),
            },
          ]
        : NONE;
    },
  }),
  defineRule({
    id: "OperationFamilyHasManyEmptyRevisions",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "More than one operation of an x-ms-api-annotation family has no revision; only one may.",
    node: "document",
    check: ({ ctx }) => {
      const empty = new Map<string, OperationTarget[]>();
      for (const o of ctx.operations) {
        const a = annotation(o.op);
        if (!a || typeof a.family !== "string" || (a.revision !== undefined && a.revision !== "")) continue;
        empty.set(a.family, [...(empty.get(a.family) ?? []), o]);
      }
      let out: Issue[] | undefined;
      for (const [family, ops] of empty)
        for (const o of ops.slice(1))
          (out ??= []).push({
            message: `Operation family "${family}" has ${ops.length} operations without a revision (${ops.map((x) => text(x.op.operationId)).join(", ")}); only one may have none. Give each a "revision" (1, 2, ...).`,
            path: joinPointer(o.pointer, "x-ms-api-annotation"),
          });
      return out ?? NONE;
    },
  }),
  defineRule({
    id: "OperationFamilyHasDuplicateRevisions",
    severity: "error",
    group: "Operations",
    origin: "microsoft",
    description: "Two operations of one x-ms-api-annotation family share a revision number.",
    node: "operation",
    keys: ["x-ms-api-annotation"],
    check: (operation) => {
      const revision = annotation(operation.op)?.revision;
      if (revision === undefined) return NONE;
      const first = familyMembers(operation).find((o) => annotation(o.op)?.revision === revision);
      return first && first.pointer !== operation.pointer
        ? [
            {
              message: `Revision ${text(revision)} of family "${text(annotation(operation.op)?.family)}" is also used by ${describeOperation(first.op, first.method, first.path)}. Give this operation the next revision number.`,
              path: joinPointer(operation.pointer, "x-ms-api-annotation", "revision"),
            },
          ]
        : NONE;
    },
  }),
  defineRule({
    id: "OperationFamilyHasManyActiveOperations",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "More than two operations of an x-ms-api-annotation family are not deprecated (families are limited to two).",
    node: "operation",
    keys: ["x-ms-api-annotation"],
    check: (operation) => {
      // "Operation families are limited to two non-deprecated operations": the old and the new revision side by side.
      const active = familyMembers(operation).filter((o) => o.op.deprecated !== true);
      return active.length > 2 && active[active.length - 1]?.pointer === operation.pointer
        ? [
            {
              message: `${active.length} operations of family "${text(annotation(operation.op)?.family)}" are active; a family may have two. Mark all but the two newest revisions "deprecated": true.`,
              path: operation.pointer,
            },
          ]
        : NONE;
    },
  }),
  defineRule({
    id: "OperationFamilyHasManyActiveProductionOperations",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: 'More than one operation of an x-ms-api-annotation family is active with "status": "Production".',
    node: "operation",
    keys: ["x-ms-api-annotation"],
    check: (operation) => {
      const production = familyMembers(operation).filter((o) => o.op.deprecated !== true && annotation(o.op)?.status === "Production");
      return production.length > 1 && production[production.length - 1]?.pointer === operation.pointer
        ? [
            {
              message: `${production.length} active operations of family "${text(annotation(operation.op)?.family)}" are in Production status. Keep the newest revision in Production and mark the earlier ones "deprecated": true.`,
              path: joinPointer(operation.pointer, "x-ms-api-annotation", "status"),
            },
          ]
        : NONE;
    },
  }),
  defineRule({
    id: "OperationStatusAheadOfConnector",
    severity: "error",
    group: "Operations",
    origin: "microsoft",
    description:
      'An operation\'s x-ms-api-annotation status is "Production" while the connector\'s (info.x-ms-api-annotation) is "Preview" (a warning when the connector declares no status).',
    node: "operation",
    keys: ["x-ms-api-annotation"],
    check: ({ op, method, path, pointer, ctx }) => {
      if (annotation(op)?.status !== "Production") return NONE;
      const status = connectorStatus(ctx.doc);
      if (status === "Preview")
        return [
          {
            message: `${describeOperation(op, method, path)} is in Production status, but the connector (info.x-ms-api-annotation) is in Preview; an operation cannot be ahead of its connector. Set the operation's status to "Preview", or release the connector first.`,
            path: joinPointer(pointer, "x-ms-api-annotation", "status"),
          },
        ];
      // No status of its own: the connector's status is not in the definition, so a warning.
      return status === undefined
        ? [
            {
              message: `${describeOperation(op, method, path)} is in Production status, but the connector declares no status (info.x-ms-api-annotation.status); an operation cannot be in Production while the connector is in Preview. Declare the connector's status "Production", or set the operation's to "Preview".`,
              path: joinPointer(pointer, "x-ms-api-annotation", "status"),
              severity: "warning",
            },
          ]
        : NONE;
    },
  }),
  defineRule({
    id: "ProductionStatusOnBetaService",
    severity: "warning",
    group: "Properties",
    origin: "microsoft",
    description: 'The connector\'s status is "Production" but its host, base path or info.version names a beta service (a "beta" label or segment).',
    node: "document",
    check: ({ ctx }) => {
      if (connectorStatus(ctx.doc) !== "Production") return NONE;
      // The platform knows which services are in beta; the definition shows it only when the address says so
      // (beta.example.com, graph.microsoft.com/beta), hence a warning.
      const host = asString(ctx.doc.host) ?? "";
      const basePath = asString(ctx.doc.basePath) ?? "";
      const version = asString(asObject(ctx.doc.info)?.version) ?? "";
      const isBeta = (l: string) => /^(v?\d+(\.\d+)*)?beta\d*$/i.test(l);
      const inAddress = [...host.split(/[.-]/), ...basePath.split("/")].find(isBeta);
      const inVersion = version.split(/[-+_. ]/).find(isBeta);
      const beta = inAddress ?? inVersion;
      return beta === undefined
        ? NONE
        : [
            {
              message: `The connector is in Production status, but ${inAddress !== undefined ? `its address (${host}${basePath})` : `its version ("${version}")`} names a beta service ("${beta}"). A connector on a beta service must stay in Preview: set info.x-ms-api-annotation.status to "Preview", or point it at the service's released version.`,
              path: "/info/x-ms-api-annotation/status",
            },
          ];
    },
  }),
];

/** The connector's own release status, as info.x-ms-api-annotation declares it ("Production", "Preview"), if any. */
function connectorStatus(doc: TJsonObject): string | undefined {
  return asString(asObject(asObject(doc.info)?.["x-ms-api-annotation"])?.status);
}
