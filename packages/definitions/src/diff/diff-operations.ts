import { collectOperations, type TOperation } from "./collect-operations.ts";
import type { TDiffContext } from "./diff-context.ts";
import { diffOperation } from "./diff-operation.ts";
import { isUnchanged, joinPointer, stringAt } from "./json-pointer.ts";

const route = (op: TOperation) => `${op.method.toUpperCase()} ${op.path}`;
// The URL a flow calls is basePath + path; path parameter names are not part of it (a renamed one
// is reported as a parameter), nor are doubled or trailing slashes.
const shape = (basePath: string, path: string) =>
  `${basePath}/${path}`
    .replace(/\{[^}]*\}/g, "{}")
    .replace(/\/+/g, "/")
    .replace(/\/$/, "")
    .toLowerCase();
const familyOf = (op: TOperation) => op.family ?? op.operationId;

/**
 * Pairs operations by operationId (what flows store), then by method and path for a renamed id;
 * everything unpaired was removed or added.
 */
export function diffOperations(ctx: TDiffContext): void {
  const before = collectOperations(ctx.before, ctx.beforeRefs);
  const after = collectOperations(ctx.after, ctx.afterRefs);
  const beforeIds = new Set(before.map((op) => op.key));
  const afterById = new Map(after.map((op) => [op.key, op]));
  const routeShape = (op: TOperation) => `${op.method} ${shape("", op.path)}`;
  const afterByRoute = new Map(after.map((op) => [routeShape(op), op]));
  const paired = new Set<TOperation>();
  const basePath = stringAt(ctx.before, "basePath") ?? "/";
  const newBasePath = stringAt(ctx.after, "basePath") ?? "/";
  let movedByBasePath = 0;
  const afterByFamily = new Map<string, TOperation[]>();
  for (const op of after) {
    const family = familyOf(op);
    if (family !== undefined) afterByFamily.set(family, [...(afterByFamily.get(family) ?? []), op]);
  }
  const successorsOf = (op: TOperation) => {
    const family = familyOf(op);
    const members = family === undefined ? [] : (afterByFamily.get(family) ?? []);
    return members.filter((candidate) => candidate.key !== op.key && (candidate.revision ?? 1) > (op.revision ?? 1));
  };

  for (const old of before) {
    let match = afterById.get(old.key);
    if (match) {
      if (old.method !== match.method) {
        ctx.report(
          "OperationMethodChanged",
          match.pointer,
          `${old.key} changed from ${old.method.toUpperCase()} to ${match.method.toUpperCase()}: flows and apps that use it send the old request and fail until the API accepts both. Keep ${old.method.toUpperCase()} for ${old.key} and add the new method as a new revision.`,
          match.key,
        );
      }
      const urlChanged = shape(basePath, old.path) !== shape(newBasePath, match.path);
      if (urlChanged && shape("", old.path) === shape("", match.path)) movedByBasePath++;
      else if (urlChanged) {
        ctx.report(
          "OperationPathChanged",
          match.pointer,
          `${old.key} moved from ${old.path} to ${match.path}: flows and apps that use it call the old URL until the connector is updated, and fail if the API no longer serves it. Keep the old path, or add the new one as a new revision and deprecate this one.`,
          match.key,
        );
      }
    } else {
      const candidate = afterByRoute.get(routeShape(old));
      if (candidate && !beforeIds.has(candidate.key) && !paired.has(candidate)) {
        match = candidate;
        ctx.report(
          "OperationIdChanged",
          joinPointer(match.pointer, "operationId"),
          `The operationId of ${route(old)} changed from ${old.key} to ${match.key}: flows and apps store the operationId, so every one that uses ${old.key} breaks. Keep the operationId ${old.key}.`,
          match.key,
        );
      }
    }
    if (!match) {
      const successor = successorsOf(old)[0];
      const hint = successor
        ? ` ${successor.key} is the family's new revision, but flows are not moved to it: keep ${old.key} with "deprecated": true beside it.`
        : ` Keep it with "deprecated": true, and add its replacement as a new revision (x-ms-api-annotation family/revision).`;
      ctx.report("OperationRemoved", old.pointer, `${old.key} (${route(old)}) was removed: every flow and app that uses it fails.${hint}`, old.key);
      continue;
    }
    paired.add(match);
    // Most operations of a new version are untouched; equal text with equal shared entries is enough.
    const isUntouched = isUnchanged(old.node, match.node, ctx.unchangedRefs) && isUnchanged(old.pathParameters, match.pathParameters, ctx.unchangedRefs);
    if (!isUntouched) diffOperation(ctx, old, match, successorsOf(match));
  }

  if (movedByBasePath > 0) {
    ctx.report(
      "BasePathChanged",
      "/basePath",
      `The basePath changed from ${basePath} to ${newBasePath}, so the URL of ${movedByBasePath} operation${movedByBasePath === 1 ? "" : "s"} changed for every flow and app that uses ${movedByBasePath === 1 ? "it" : "them"}. Keep the old basePath, or make the API serve both.`,
    );
  }

  const beforeFamilies = new Set(before.map(familyOf).filter((f): f is string => f !== undefined));
  for (const op of after) {
    if (paired.has(op)) continue;
    const family = familyOf(op);
    if (op.family !== undefined && family !== undefined && beforeFamilies.has(family) && family !== op.key) {
      ctx.report(
        "OperationRevisionAdded",
        op.pointer,
        `${op.key} is revision ${op.revision ?? 1} of ${family}; existing flows keep the revision they use and makers see the new one in the designer.`,
        op.key,
      );
    } else {
      ctx.report("OperationAdded", op.pointer, `${op.key} (${route(op)}) is a new ${op.trigger ? "trigger" : "action"}; existing flows keep working.`, op.key);
    }
  }
}
