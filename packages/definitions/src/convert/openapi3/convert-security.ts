import { joinPointer } from "../../parse/json-pointer.ts";
import type { TJsonObject } from "../../types.ts";
import { asObject, copyExtensions, deref, type TConvertContext } from "./context.ts";

/** 2.0's flow name for each OpenAPI 3 OAuth flow, in the order the platform prefers them. */
const FLOWS: [string, string][] = [
  ["authorizationCode", "accessCode"],
  ["implicit", "implicit"],
  ["clientCredentials", "application"],
  ["password", "password"],
];

function convertOAuth(ctx: TConvertContext, scheme: TJsonObject, pointer: string, name: string): TJsonObject | undefined {
  const flows = asObject(scheme.flows) ?? {};
  const present = FLOWS.filter(([flow]) => asObject(flows[flow]) !== undefined);
  const first = present[0];
  if (!first) {
    ctx.losses.add("SecuritySchemeUnsupported", joinPointer(pointer, "flows"), `The OAuth 2.0 scheme "${name}" declares no known flow; it was dropped.`);
    return undefined;
  }
  const [flowName, flow2] = first;
  const flow = asObject(flows[flowName]) ?? {};
  const out: TJsonObject = { type: "oauth2", flow: flow2 };
  if (typeof flow.authorizationUrl === "string") out.authorizationUrl = flow.authorizationUrl;
  if (typeof flow.tokenUrl === "string") out.tokenUrl = flow.tokenUrl;
  if (typeof flow.refreshUrl === "string") out["x-ms-refresh-url"] = flow.refreshUrl;
  out.scopes = asObject(flow.scopes) ?? {};
  if (present.length > 1) {
    ctx.losses.add(
      "SecuritySchemeRewritten",
      joinPointer(pointer, "flows"),
      `The OAuth 2.0 scheme "${name}" has ${present.length} flows; 2.0 takes one, so ${flowName} (2.0 "${flow2}") was kept and ${present
        .slice(1)
        .map(([f]) => f)
        .join(", ")} dropped.`,
    );
  }
  if (flow2 !== "accessCode") {
    ctx.losses.add(
      "SecuritySchemeRewritten",
      joinPointer(pointer, "flows", flowName),
      `The platform signs in with the authorization code flow; the ${flowName} flow of "${name}" may not be accepted.`,
    );
  }
  return out;
}

/** Converts components.securitySchemes to securityDefinitions; what the platform cannot use is dropped and reported. */
export function convertSecuritySchemes(ctx: TConvertContext, schemes: TJsonObject, pointer: string): TJsonObject {
  const out: TJsonObject = {};
  for (const [name, raw] of Object.entries(schemes)) {
    const at = joinPointer(pointer, name);
    const found = deref(ctx, raw, at);
    if (!found) continue;
    const scheme = found.value;
    let converted: TJsonObject | undefined;
    const type = scheme.type;
    if (type === "apiKey" && (scheme.in === "header" || scheme.in === "query")) {
      converted = { type: "apiKey", in: scheme.in, name: scheme.name ?? "" };
    } else if (type === "apiKey") {
      ctx.losses.add(
        "SecuritySchemeUnsupported",
        at,
        `The API key "${name}" is sent in a ${String(scheme.in)}; 2.0 and the platform take API keys in a header or the query only. Dropped.`,
      );
    } else if (type === "http" && typeof scheme.scheme === "string" && scheme.scheme.toLowerCase() === "basic") {
      converted = { type: "basic" };
    } else if (type === "http" && typeof scheme.scheme === "string" && scheme.scheme.toLowerCase() === "bearer") {
      converted = { type: "apiKey", in: "header", name: "Authorization" };
      ctx.losses.add(
        "SecuritySchemeRewritten",
        at,
        `Bearer authentication "${name}" does not exist in 2.0; it became an API key in the Authorization header, so users paste "Bearer <token>" when they connect.`,
      );
    } else if (type === "oauth2") {
      converted = convertOAuth(ctx, scheme, at, name);
    } else {
      const what =
        type === "http"
          ? `HTTP ${String(scheme.scheme)} authentication`
          : type === "openIdConnect"
            ? "OpenID Connect discovery"
            : type === "mutualTLS"
              ? "Mutual TLS"
              : `The scheme type ${String(type)}`;
      ctx.losses.add(
        "SecuritySchemeUnsupported",
        at,
        `${what} ("${name}") is not supported by custom connectors; dropped. Use OAuth 2.0, an API key or Basic.`,
      );
    }
    if (converted) {
      if (typeof scheme.description === "string") converted.description = scheme.description;
      copyExtensions(scheme, converted);
      out[name] = converted;
    }
  }
  return out;
}

/** Keeps the requirements naming schemes that were converted; a requirement left empty is dropped. */
export function convertSecurityRequirements(requirements: unknown, kept: TJsonObject): TJsonObject[] | undefined {
  if (!Array.isArray(requirements)) return undefined;
  const out: TJsonObject[] = [];
  for (const requirement of requirements) {
    const obj = asObject(requirement as TJsonObject);
    if (!obj) continue;
    const names = Object.keys(obj);
    if (names.length === 0) {
      out.push({});
      continue;
    }
    const keptNames = names.filter((n) => kept[n] !== undefined);
    if (keptNames.length === 0) continue;
    out.push(Object.fromEntries(keptNames.map((n) => [n, obj[n] ?? []])));
  }
  return out;
}
