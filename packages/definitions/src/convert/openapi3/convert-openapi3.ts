import { parseDefinition } from "../../parse/parse-definition.ts";
import { joinPointer } from "../../parse/json-pointer.ts";
import type { Finding, TJsonObject, TJsonValue } from "../../types.ts";
import { chooseServer } from "./choose-server.ts";
import { asObject, copyExtensions, type TConvertContext } from "./context.ts";
import { LOSS_CODES } from "./loss-codes.ts";
import { LossCollector } from "./loss-collector.ts";
import { convertPaths, type TPathsContext } from "./convert-paths.ts";
import { convertSchema } from "./convert-schema.ts";
import { convertSecurityRequirements, convertSecuritySchemes } from "./convert-security.ts";

export interface OpenApi3Conversion {
  /** The Swagger 2.0 definition, when the input could be read as OpenAPI 3.0 or 3.1. */
  swagger: TJsonObject | undefined;
  /** The loss report: what 2.0 or a connector cannot hold, where it is in the source, and what was done instead. */
  losses: Finding[];
  /** Problems that stopped the conversion (an unreadable file, not OpenAPI 3). */
  findings: Finding[];
  version?: "3.0" | "3.1";
}

export interface ConvertOpenApi3Options {
  fileName?: string;
}

/** True when a parsed document (or its text) says it is OpenAPI 3.x. */
export function looksLikeOpenApi3(value: TJsonValue | string | undefined): boolean {
  if (typeof value === "string") return /["']?openapi["']?\s*:\s*["']?3\.[01]/.test(value.slice(0, 4096));
  return typeof asObject(value)?.openapi === "string" && /^3\./.test(asObject(value)?.openapi as string);
}

function convertInfo(ctx: TConvertContext, info: TJsonObject): TJsonObject {
  const out: TJsonObject = { ...info };
  if (out.title === undefined) out.title = "";
  if (out.version === undefined) out.version = "1.0";
  if (info.summary !== undefined) {
    delete out.summary;
    ctx.losses.add("InfoFieldDropped", "/info/summary", "2.0 info has no summary; dropped. The connector's description is info.description.");
  }
  const license = asObject(info.license);
  if (license?.identifier !== undefined) {
    const kept: TJsonObject = { ...license };
    delete kept.identifier;
    out.license = kept;
    ctx.losses.add(
      "InfoFieldDropped",
      "/info/license/identifier",
      `2.0 licences have no SPDX identifier; "${String(license.identifier)}" dropped (add license.url).`,
    );
  }
  return out;
}

/**
 * Converts an OpenAPI 3.0 or 3.1 document (JSON or YAML) to a Swagger 2.0 connector definition. Never
 * throws for bad input: unreadable files come back as findings, everything that could not be kept as losses.
 */
export function convertOpenApi3(input: string | Uint8Array, options: ConvertOpenApi3Options = {}): OpenApi3Conversion {
  const fileName = options.fileName ?? "openapi.json";
  const parsed = parseDefinition(input, { fileName });
  const fatal = parsed.findings.filter((f) => f.severity === "error");
  const source = asObject(parsed.document);
  if (fatal.length > 0 || !source) return { swagger: undefined, losses: [], findings: parsed.findings };
  const versionText = typeof source.openapi === "string" ? source.openapi : "";
  const version = /^3\.0(\.|$)/.test(versionText) ? "3.0" : /^3\.1(\.|$)/.test(versionText) ? "3.1" : undefined;
  if (!version) {
    const path = source.openapi !== undefined ? "/openapi" : "";
    const at = parsed.locate(path);
    const said =
      source.swagger === "2.0"
        ? 'This is already Swagger 2.0 ("swagger": "2.0"): import it as it is.'
        : `Expected "openapi": "3.0.x" or "3.1.x"${versionText ? `, found "${versionText}"` : ""}.`;
    return {
      swagger: undefined,
      losses: [],
      findings: [
        {
          code: "NotOpenApi3",
          severity: "error",
          message: `${said} The converter reads OpenAPI 3.0 and 3.1 documents.`,
          path,
          line: at.line,
          column: at.column,
          file: fileName,
        },
      ],
    };
  }
  const losses = new LossCollector();
  const base: TConvertContext = { source, losses, version };
  const components = asObject(source.components) ?? {};
  const securityDefinitions = convertSecuritySchemes(base, asObject(components.securitySchemes) ?? {}, "/components/securitySchemes");
  const ctx: TPathsContext = { ...base, securityDefinitions, operationIds: new Set() };
  const out: TJsonObject = { swagger: "2.0", info: convertInfo(ctx, asObject(source.info) ?? {}) };
  Object.assign(out, chooseServer(ctx));
  out.paths = convertPaths(ctx);
  const schemas = asObject(components.schemas);
  if (schemas) {
    const definitions: TJsonObject = {};
    for (const [name, schema] of Object.entries(schemas))
      definitions[name] = convertSchema(ctx, asObject(schema) ?? {}, joinPointer("/components/schemas", name));
    out.definitions = definitions;
  }
  if (Object.keys(securityDefinitions).length > 0) out.securityDefinitions = securityDefinitions;
  const security = convertSecurityRequirements(source.security, securityDefinitions);
  if (security && security.length > 0) out.security = security;
  if (Array.isArray(source.tags)) out.tags = source.tags;
  if (source.externalDocs !== undefined) out.externalDocs = source.externalDocs;
  copyExtensions(source, out);
  const webhooks = asObject(source.webhooks);
  for (const name of Object.keys(webhooks ?? {})) {
    losses.add(
      "WebhooksDropped",
      joinPointer("/webhooks", name),
      `The webhook "${name}" was dropped: a connector's webhook trigger is an operation that subscribes (sends the URL to call), which the document does not describe. Add the API's subscription operation with a callback, and it becomes a trigger.`,
    );
  }
  const placed: Finding[] = losses.items.map((l) => {
    const at = parsed.locate(l.path);
    return { code: l.code, severity: LOSS_CODES[l.code].severity, message: l.message, path: l.path, line: at.line, column: at.column, file: fileName };
  });
  placed.sort((a, b) => a.line - b.line || a.column - b.column);
  return { swagger: out, losses: placed, findings: parsed.findings, version };
}
