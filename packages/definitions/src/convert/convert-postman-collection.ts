import postman from "postman-collection";
import { joinPointer } from "../parse/json-pointer.ts";
import { parseDefinition } from "../parse/parse-definition.ts";
import { CONVERSION_RULES } from "../rules/parse-rules.ts";
import type { Finding, TJsonObject, TJsonValue } from "../types.ts";
import { pathTemplateParameters } from "./hub-swagger-document.ts";
import { convertPostmanAuth } from "./postman/convert-postman-auth.ts";
import { inferSchema, parseExampleJson } from "./postman/infer-schema.ts";
import { normalizePostmanV1 } from "./postman/normalize-postman-v1.ts";
import { isPostmanCollection, postmanOperationId, readDescription, type PostmanRequestItem } from "./postman/postman-shapes.ts";

export interface PostmanConversion {
  /** The Swagger 2.0 definition, or undefined when the input is not a readable collection. */
  swagger: TJsonObject | undefined;
  findings: Finding[];
  /** Operation pointer in the swagger -> pointer of the request in the collection, to place findings in the maker's file. */
  operationSources: Map<string, string>;
}

const SKIPPED_HEADERS = new Set(["content-type", "accept", "authorization", "user-agent", "content-length", "host", "cookie"]);
const severityOf = new Map(CONVERSION_RULES.map((r) => [r.id, r.severity]));

function asScopes(definition: TJsonValue | undefined): TJsonObject {
  const scopes = definition && typeof definition === "object" && !Array.isArray(definition) ? definition.scopes : undefined;
  return scopes && typeof scopes === "object" && !Array.isArray(scopes) ? scopes : {};
}

function toPathTemplate(segments: string[]): string {
  const parts = segments.map((s) => {
    const name = /^:(\w+)$/.exec(s)?.[1] ?? /^\{\{(\w+)\}\}$/.exec(s)?.[1];
    return name ? `{${name}}` : s;
  });
  return "/" + parts.filter((p) => p !== "").join("/");
}

function substitute(text: string, vars: Map<string, string>): string {
  return text.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, name: string) => vars.get(name) || whole);
}

function bodyParameters(body: TJsonObject | undefined, headers: Map<string, string>): { params: TJsonObject[]; consumes?: string } {
  if (!body || typeof body.mode !== "string") return { params: [] };
  const fields = (list: TJsonValue | undefined) =>
    Array.isArray(list) ? list.filter((f): f is TJsonObject => !!f && typeof f === "object" && !Array.isArray(f) && typeof f.key === "string") : [];
  switch (body.mode) {
    case "raw": {
      const example = parseExampleJson(typeof body.raw === "string" ? body.raw : undefined);
      if (example !== undefined) return { params: [{ name: "body", in: "body", required: true, schema: inferSchema(example) }], consumes: "application/json" };
      if (typeof body.raw !== "string" || body.raw.trim() === "") return { params: [] };
      return { params: [{ name: "body", in: "body", required: true, schema: { type: "string" } }], consumes: headers.get("content-type") ?? "text/plain" };
    }
    case "urlencoded":
      return {
        params: fields(body.urlencoded).map((f) => ({ name: String(f.key), in: "formData", type: "string", "x-ms-summary": String(f.key) })),
        consumes: "application/x-www-form-urlencoded",
      };
    case "formdata":
      return {
        params: fields(body.formdata).map((f) => ({
          name: String(f.key),
          in: "formData",
          type: f.type === "file" ? "file" : "string",
          "x-ms-summary": String(f.key),
        })),
        consumes: "multipart/form-data",
      };
    case "graphql":
      return {
        params: [
          { name: "body", in: "body", required: true, schema: { type: "object", properties: { query: { type: "string" }, variables: { type: "object" } } } },
        ],
        consumes: "application/json",
      };
    default:
      return { params: [] };
  }
}

function responsesOf(examples: TJsonValue | undefined): TJsonObject {
  const responses: TJsonObject = {};
  let hasSchema = false;
  for (const example of Array.isArray(examples) ? examples : []) {
    if (!example || typeof example !== "object" || Array.isArray(example)) continue;
    const code = typeof example.code === "number" ? String(example.code) : "200";
    if (responses[code]) continue;
    const response: TJsonObject = {
      description: typeof example.status === "string" && example.status ? example.status : typeof example.name === "string" ? example.name : "OK",
    };
    const parsed = parseExampleJson(typeof example.body === "string" ? example.body : undefined);
    // Only one successful response carries a schema: the designer shows one set of outputs.
    if (parsed !== undefined && code.startsWith("2") && !hasSchema) {
      response.schema = inferSchema(parsed);
      hasSchema = true;
    }
    responses[code] = response;
  }
  if (Object.keys(responses).length === 0) responses["200"] = { description: "OK" };
  return responses;
}

/** Folders inside folders: Postman's own app becomes unusable long before this. */
const MAX_FOLDER_DEPTH = 100;

/**
 * Converts a Postman collection (v2.1, v2.0 or v1) to Swagger 2.0: each request becomes an operation with an
 * operationId, summary and parameters; auth becomes securityDefinitions. What cannot be carried over is reported.
 */
export function convertPostmanCollection(input: string | Uint8Array, fileName = "collection.json"): PostmanConversion {
  const parsed = parseDefinition(input, { fileName });
  // The reader refuses any document nested past its limit with advice about schemas; in a collection that depth is
  // folders inside folders, so say that instead.
  const findings: Finding[] = parsed.findings.map((f) =>
    f.code === "NestingTooDeep"
      ? {
          ...f,
          code: "PostmanCollectionNotValid",
          message: `The collection nests folders more than ${MAX_FOLDER_DEPTH} levels deep (its JSON is nested past the reader's limit). Move its requests into fewer levels of folders and export it again.`,
        }
      : f,
  );
  const operationSources = new Map<string, string>();
  const note = (code: string, message: string, pointer: string) => {
    const at = parsed.locate(pointer);
    findings.push({ code, severity: severityOf.get(code) ?? "info", message, path: pointer, line: at.line, column: at.column, file: fileName });
  };
  const raw = parsed.document;
  if (raw === undefined) return { swagger: undefined, findings, operationSources };
  if (!isPostmanCollection(raw)) {
    note(
      "PostmanCollectionNotValid",
      "This is not a Postman collection (no info.schema and item list, nor a v1 requests list). Export the collection from Postman as Collection v2.1.",
      "",
    );
    return { swagger: undefined, findings, operationSources };
  }
  const collection = normalizePostmanV1(raw as TJsonObject);
  const vars = new Map<string, string>();
  for (const v of Array.isArray(collection.variable) ? collection.variable : []) {
    if (v && typeof v === "object" && !Array.isArray(v) && typeof v.key === "string") vars.set(v.key, String(v.value ?? ""));
  }
  const requests: PostmanRequestItem[] = [];
  // Folders are walked with a stack of our own, in order: a collection nested 50,000 folders deep must not exhaust the
  // call stack (it answered 500).
  const pending: { items: TJsonValue | undefined; base: string; next: number }[] = [
    { items: collection.item, base: collection.isV1 ? "/requests" : "/item", next: 0 },
  ];
  while (pending.length > 0) {
    const top = pending[pending.length - 1]!;
    const items = Array.isArray(top.items) ? top.items : [];
    if (top.next >= items.length) {
      pending.pop();
      continue;
    }
    const i = top.next++;
    const item = items[i];
    if (!item || typeof item !== "object" || Array.isArray(item)) continue;
    const pointer = joinPointer(top.base, i);
    if (Array.isArray(item.item)) {
      if (pending.length >= MAX_FOLDER_DEPTH) {
        note(
          "PostmanCollectionNotValid",
          `The collection nests folders more than ${MAX_FOLDER_DEPTH} levels deep (at ${pointer.slice(0, 80)}…). Move its requests into fewer levels of folders and export it again.`,
          "",
        );
        return { swagger: undefined, findings, operationSources };
      }
      pending.push({ items: item.item, base: joinPointer(pointer, "item"), next: 0 });
    } else if (item.request !== undefined) requests.push({ item, pointer });
  }

  const paths: TJsonObject = {};
  const usedIds = new Set<string>();
  let host: string | undefined;
  let scheme = "https";
  for (const { item, pointer } of requests) {
    const request = typeof item.request === "string" ? { url: item.request, method: "GET" } : (item.request as TJsonObject);
    const rawUrl =
      typeof request.url === "string"
        ? request.url
        : request.url && typeof request.url === "object" && !Array.isArray(request.url) && typeof request.url.raw === "string"
          ? request.url.raw
          : "";
    const url = new postman.Url(substitute(rawUrl, vars));
    const urlHost = url.getHost();
    if (urlHost && !urlHost.includes("{{")) {
      host ??= url.port ? `${urlHost}:${url.port}` : urlHost;
      if (url.protocol === "http") scheme = "http";
    }
    const path = toPathTemplate((url.path ?? []).map(String));
    const method = typeof request.method === "string" ? request.method.toLowerCase() : "get";
    const pathItem = (paths[path] ??= {}) as TJsonObject;
    if (pathItem[method]) {
      note(
        "PostmanRequestSkipped",
        `Another request already uses ${method.toUpperCase()} ${path}; Swagger allows one operation per method and path, so "${String(item.name)}" was left out. Merge the two requests.`,
        pointer,
      );
      continue;
    }
    const headers = new Map<string, string>();
    const headerParams: TJsonObject[] = [];
    for (const h of Array.isArray(request.header) ? request.header : []) {
      if (!h || typeof h !== "object" || Array.isArray(h) || typeof h.key !== "string") continue;
      headers.set(h.key.toLowerCase(), String(h.value ?? ""));
      if (!SKIPPED_HEADERS.has(h.key.toLowerCase())) headerParams.push({ name: h.key, in: "header", type: "string", "x-ms-summary": h.key });
    }
    const variables = new Map(url.variables.all().map((v) => [String(v.key), v]));
    const pathParams = pathTemplateParameters(path, (name) => {
      const description = variables.get(name)?.description;
      return description ? readDescription(description as TJsonValue) : undefined;
    });
    const queryParams = url.query
      .all()
      .filter((q) => q.key)
      .map((q) => ({ name: String(q.key), in: "query", type: "string", "x-ms-summary": String(q.key), required: false }));
    const body = bodyParameters(request.body as TJsonObject | undefined, headers);
    const operationId = postmanOperationId(String(item.name ?? `${method} ${path}`), usedIds);
    const operation: TJsonObject = {
      operationId,
      summary: String(item.name ?? operationId).slice(0, 80),
      ...(readDescription(request.description) ? { description: readDescription(request.description) } : {}),
      parameters: [...pathParams, ...queryParams, ...headerParams, ...body.params],
      responses: responsesOf(item.response),
    };
    if (body.consumes) operation.consumes = [body.consumes];
    pathItem[method] = operation;
    operationSources.set(joinPointer("/paths", path, method), pointer);
  }
  if (!host)
    note(
      "PostmanHostUnknown",
      'No request has a concrete host (they use {{variables}} the collection does not define). Set "host" in the converted definition to the API\'s host.',
      "",
    );
  const auth = convertPostmanAuth(
    collection.auth ??
      requests.find((r) => r.item.request && typeof r.item.request === "object" && !Array.isArray(r.item.request) && r.item.request.auth)?.item.request?.auth,
  );
  for (const message of auth.notes) note("PostmanConversionNote", message, collection.auth !== undefined ? "/auth" : "");
  const securityNames = Object.keys(auth.securityDefinitions);
  const info = (collection.info ?? {}) as TJsonObject;
  const swagger: TJsonObject = {
    swagger: "2.0",
    info: {
      title: String(info.name ?? "Converted collection").slice(0, 30),
      ...(readDescription(info.description) ? { description: readDescription(info.description) } : {}),
      version: "1.0",
    },
    host: host ?? "api.example.com",
    basePath: "/",
    schemes: [scheme],
    produces: ["application/json"],
    paths,
    definitions: {},
    securityDefinitions: auth.securityDefinitions,
    ...(securityNames.length > 0 ? { security: securityNames.map((n) => ({ [n]: Object.keys(asScopes(auth.securityDefinitions[n])) })) } : {}),
  };
  return { swagger, findings, operationSources };
}
