import { joinPointer } from "../../parse/json-pointer.ts";
import type { TJsonObject, TJsonValue } from "../../types.ts";
import { applyCallbacks } from "./convert-callbacks.ts";
import { convertRequestBody, convertResponse } from "./convert-body.ts";
import { convertParameter } from "./convert-parameter.ts";
import { convertSecurityRequirements } from "./convert-security.ts";
import { asArray, asObject, copyExtensions, deref, type TConvertContext } from "./context.ts";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch"] as const;
const COPIED = ["tags", "summary", "description", "externalDocs", "deprecated"] as const;

export interface TPathsContext extends TConvertContext {
  securityDefinitions: TJsonObject;
  operationIds: Set<string>;
}

/** get /pets/{petId}/toys → getPetsToysByPetId, made unique with a number. */
function makeOperationId(ctx: TPathsContext, method: string, path: string): string {
  const words = path.split("/").filter((s) => s !== "" && !s.startsWith("{"));
  const params = path
    .split("/")
    .filter((s) => s.startsWith("{"))
    .map((s) => s.replace(/[{}]/g, ""));
  const camel = (s: string) => s.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : "")).replace(/^./, (c) => c.toUpperCase());
  let id = method + words.map(camel).join("") + (params.length > 0 ? "By" + params.map(camel).join("And") : "");
  const base = id;
  for (let n = 2; ctx.operationIds.has(id); n++) id = `${base}${n}`;
  return id;
}

function convertParameters(ctx: TPathsContext, list: TJsonValue | undefined, pointer: string): TJsonObject[] {
  const out: TJsonObject[] = [];
  asArray(list).forEach((raw, i) => {
    const converted = convertParameter(ctx, asObject(raw) ?? {}, joinPointer(pointer, i));
    if (converted) out.push(converted);
  });
  return out;
}

function responseCode(ctx: TPathsContext, code: string, pointer: string): string {
  const range = /^([1-5])XX$/i.exec(code);
  if (!range) return code;
  const first = `${range[1]}00`;
  ctx.losses.add(
    "StatusCodeRange",
    pointer,
    `The status code range ${code} does not exist in 2.0; it became ${first}. List the exact codes the API answers with.`,
  );
  return first;
}

function convertOperation(
  ctx: TPathsContext,
  operation: TJsonObject,
  pointer: string,
  method: string,
  path: string,
): { operation: TJsonObject; notification?: TJsonObject } {
  const out: TJsonObject = {};
  for (const key of COPIED) if (operation[key] !== undefined) out[key] = operation[key];
  let operationId = typeof operation.operationId === "string" && operation.operationId !== "" ? operation.operationId : undefined;
  if (!operationId) {
    operationId = makeOperationId(ctx, method, path);
    ctx.losses.add(
      "OperationIdGenerated",
      pointer,
      `The operation has no operationId; it was named ${operationId}. Choose a lasting name: flows refer to operations by it.`,
    );
  }
  ctx.operationIds.add(operationId);
  out.operationId = operationId;
  const parameters = convertParameters(ctx, operation.parameters, joinPointer(pointer, "parameters"));
  const body = convertRequestBody(ctx, operation.requestBody, joinPointer(pointer, "requestBody"), operation);
  parameters.push(...body.parameters);
  if (body.consumes) out.consumes = [body.consumes];
  const produces = new Set<string>();
  const responses: TJsonObject = {};
  for (const [code, raw] of Object.entries(asObject(operation.responses) ?? {})) {
    if (code.startsWith("x-")) continue;
    const at = joinPointer(pointer, "responses", code);
    const converted = convertResponse(ctx, raw, at, produces);
    const key = responseCode(ctx, code, at);
    if (converted && responses[key] === undefined) responses[key] = converted;
  }
  if (produces.size > 0) out.produces = [...produces];
  if (parameters.length > 0) out.parameters = parameters;
  out.responses = Object.keys(responses).length > 0 ? responses : { default: { description: "" } };
  const security = convertSecurityRequirements(operation.security, ctx.securityDefinitions);
  if (security) out.security = security;
  const notification = applyCallbacks(ctx, operation, pointer, out, body, parameters);
  if (asArray(operation.servers).length > 0) {
    ctx.losses.add(
      "OperationServers",
      joinPointer(pointer, "servers"),
      "This operation has its own servers; a connector has one host for every operation, so they were ignored. Make a separate connector for the other host.",
    );
  }
  copyExtensions(operation, out);
  delete out["x-bodyName"];
  delete out["x-codegen-request-body-name"];
  return { operation: out, ...(notification ? { notification } : {}) };
}

/** Converts paths (and their path-level parameters) to 2.0. */
export function convertPaths(ctx: TPathsContext): TJsonObject {
  const out: TJsonObject = {};
  for (const [path, raw] of Object.entries(asObject(ctx.source.paths) ?? {})) {
    if (path.startsWith("x-")) continue;
    const pointer = joinPointer("", "paths", path);
    const found = deref(ctx, raw, pointer);
    if (!found) continue;
    const item = found.value;
    const itemOut: TJsonObject = {};
    const shared = convertParameters(ctx, item.parameters, joinPointer(found.pointer, "parameters"));
    if (shared.length > 0) itemOut.parameters = shared;
    for (const method of METHODS) {
      const operation = asObject(item[method]);
      if (!operation) continue;
      const converted = convertOperation(ctx, operation, joinPointer(found.pointer, method), method, path);
      itemOut[method] = converted.operation;
      if (converted.notification && itemOut["x-ms-notification-content"] === undefined) itemOut["x-ms-notification-content"] = converted.notification;
    }
    if (asObject(item.trace)) ctx.losses.add("TraceOperation", joinPointer(found.pointer, "trace"), "TRACE operations do not exist in 2.0; dropped.");
    if (asArray(item.servers).length > 0) {
      ctx.losses.add(
        "OperationServers",
        joinPointer(found.pointer, "servers"),
        "This path has its own servers; a connector has one host for every operation, so they were ignored.",
      );
    }
    for (const key of ["summary", "description"]) {
      if (typeof item[key] === "string")
        ctx.losses.add("PathItemFieldDropped", joinPointer(found.pointer, key), `2.0 path items have no ${key}; dropped (the operations keep their own).`);
    }
    copyExtensions(item, itemOut);
    if (METHODS.some((m) => itemOut[m] !== undefined)) out[path] = itemOut;
  }
  return out;
}
