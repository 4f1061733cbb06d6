import { listOperations } from "../document/list-operations.ts";
import { followRef } from "../document/resolve-ref.ts";
import type { TJsonObject } from "../types.ts";

/**
 * The Test tab's request builder: the values a maker types for an operation, turned into the HTTP request
 * the definition describes. Pure (no network): the web app checks the target (SSRF rules) and sends it.
 */

/** The connection values the Test tab asks for (the web app validates their shape and sizes at its edge). */
export interface TConnectionValues {
  apiKey?: string | undefined;
  username?: string | undefined;
  password?: string | undefined;
  clientId?: string | undefined;
  clientSecret?: string | undefined;
  accessToken?: string | undefined;
}

export interface OutgoingTestRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | undefined;
}

type Obj = Record<string, unknown>;
export type SecurityScheme =
  | { type: "none" }
  | { type: "apiKey"; name: string; in: "header" | "query" }
  | { type: "basic" }
  | { type: "oauth2"; tokenUrl: string | null; scopes: string[] };

export interface BuiltTestRequest {
  request: OutgoingTestRequest;
  security: SecurityScheme;
  /** Every secret value this request carries, so that nothing shown or logged can contain one. */
  secrets: string[];
}

export class TestInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TestInputError";
  }
}

const obj = (value: unknown): Obj => (value && typeof value === "object" && !Array.isArray(value) ? (value as Obj) : {});

/** A $ref stands for its target (the shared rule of src/document); one that cannot be followed is an empty object. */
function deref(root: Obj, value: unknown): Obj {
  const ref = obj(value).$ref;
  if (typeof ref !== "string") return obj(value);
  const outcome = followRef(root as TJsonObject, ref);
  return outcome.ok ? obj(outcome.value) : {};
}

/** The operation and its effective parameters: the path item's, overridden by the operation's own of the same name and "in". */
function findOperation(definition: Obj, operationId: string) {
  const found = listOperations(definition as TJsonObject).find((o) => o.op.operationId === operationId);
  if (!found) return null;
  return { path: found.path, method: found.method.toUpperCase(), operation: found.op as Obj, parameters: found.parameters.map((p) => p.param as Obj) };
}

/** Puts the hub's callback URL into the body property (or parameter) the definition marks with x-ms-notification-url. */
function withNotificationUrl(definition: Obj, parameters: Obj[], values: Record<string, string>, url: string): Record<string, string> {
  for (const parameter of parameters) {
    const name = String(parameter.name ?? "");
    if (parameter["x-ms-notification-url"] === true) return { ...values, [name]: url };
    if (parameter.in !== "body") continue;
    const properties = obj(deref(definition, parameter.schema).properties);
    const property = Object.entries(properties).find(([, schema]) => deref(definition, schema)["x-ms-notification-url"] === true)?.[0];
    if (!property) continue;
    let body: Obj = {};
    try {
      body = obj(JSON.parse(values[name] || "{}"));
    } catch {
      throw new TestInputError('The request body is not valid JSON; fix it (for example {"name": "Desk lamp"}) and send again.');
    }
    return { ...values, [name]: JSON.stringify({ ...body, [property]: url }) };
  }
  throw new TestInputError("This operation has no x-ms-notification-url parameter, so the hub cannot subscribe its callback to it.");
}

/** The scheme of the definition's first security requirement (the one the platform's connection dialog asks for). */
export function readSecurityScheme(definition: Obj): SecurityScheme {
  const definitions = obj(definition.securityDefinitions);
  const first = Object.values(definitions)[0];
  const scheme = obj(first);
  if (scheme.type === "apiKey" && typeof scheme.name === "string") return { type: "apiKey", name: scheme.name, in: scheme.in === "query" ? "query" : "header" };
  if (scheme.type === "basic") return { type: "basic" };
  if (scheme.type === "oauth2")
    return { type: "oauth2", tokenUrl: typeof scheme.tokenUrl === "string" ? scheme.tokenUrl : null, scopes: Object.keys(obj(scheme.scopes)) };
  return { type: "none" };
}

/** The base URL the platform would call: https when the definition offers it, the host and base path as declared. */
export function baseUrlOf(definition: Obj): string {
  const schemes = Array.isArray(definition.schemes) ? definition.schemes.filter((s): s is string => typeof s === "string") : [];
  const scheme = schemes.includes("https") ? "https" : (schemes[0] ?? "https");
  const basePath = typeof definition.basePath === "string" ? definition.basePath.replace(/\/+$/, "") : "";
  return `${scheme}://${String(definition.host ?? "")}${basePath}`;
}

/**
 * Turns the values typed into the Test tab into the HTTP request the operation describes, with the caller's
 * connection values applied the way the definition's security scheme says (an OAuth token is added later).
 */
export function buildTestRequest(options: {
  definition: Obj;
  operationId: string;
  values: Record<string, string>;
  connection: TConnectionValues;
  /** For a webhook trigger: the callback URL the hub hosts, put where the definition marks x-ms-notification-url. */
  notificationUrl?: string;
}): BuiltTestRequest {
  const found = findOperation(options.definition, options.operationId);
  if (!found) throw new TestInputError(`The connector has no operation "${options.operationId}"; pick one from the list.`);
  const values = options.notificationUrl ? withNotificationUrl(options.definition, found.parameters, options.values, options.notificationUrl) : options.values;
  let path = found.path;
  const query = new URLSearchParams();
  const headers: Record<string, string> = { accept: "application/json" };
  const form = new URLSearchParams();
  let body: string | undefined;
  for (const parameter of found.parameters) {
    const name = String(parameter.name ?? "");
    const where = String(parameter.in ?? "");
    const value = values[name];
    const isEmpty = value === undefined || value === "";
    // The platform fills an internal notification URL itself; the Test tab does not ask for it.
    if (isEmpty) {
      if (parameter.required === true && where !== "body") throw new TestInputError(`"${name}" is required: fill it in before sending.`);
      if (parameter.required === true && where === "body") throw new TestInputError(`The request body is required: enter it as JSON.`);
      continue;
    }
    if (where === "path") path = path.replace(`{${name}}`, encodeURIComponent(value));
    else if (where === "query") query.append(name, value);
    else if (where === "header") headers[name.toLowerCase()] = value;
    else if (where === "formData") form.append(name, value);
    else if (where === "body") {
      try {
        JSON.parse(value);
      } catch {
        throw new TestInputError('The request body is not valid JSON; fix it (for example {"name": "Desk lamp"}) and send again.');
      }
      body = value;
      headers["content-type"] = "application/json";
    }
  }
  if (body === undefined && [...form.keys()].length > 0) {
    body = form.toString();
    headers["content-type"] = "application/x-www-form-urlencoded";
  }
  const security = readSecurityScheme(options.definition);
  const secrets: string[] = [];
  const { connection } = options;
  if (security.type === "apiKey") {
    if (!connection.apiKey) throw new TestInputError("Enter your API key in the connection fields; this connector needs one.");
    secrets.push(connection.apiKey);
    if (security.in === "header") headers[security.name.toLowerCase()] = connection.apiKey;
    else query.append(security.name, connection.apiKey);
  } else if (security.type === "basic") {
    if (!connection.username || !connection.password)
      throw new TestInputError("Enter a user name and password in the connection fields; this connector uses Basic authentication.");
    const encoded = Buffer.from(`${connection.username}:${connection.password}`).toString("base64");
    secrets.push(connection.password, encoded);
    headers.authorization = `Basic ${encoded}`;
  } else if (security.type === "oauth2") {
    if (connection.accessToken) secrets.push(connection.accessToken);
    else if (!connection.clientId || !connection.clientSecret) {
      throw new TestInputError("Enter an OAuth client id and client secret (client credentials), or paste an access token, in the connection fields.");
    }
    if (connection.clientSecret) secrets.push(connection.clientSecret);
  }
  const qs = query.toString();
  const url = `${baseUrlOf(options.definition)}${path}${qs ? `?${qs}` : ""}`;
  if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
  return { request: { method: found.method, url, headers, body }, security, secrets: secrets.filter((s) => s.length > 0) };
}
