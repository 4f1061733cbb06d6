import {
  looksLikeOpenApi3,
  looksLikePostman,
  readPaconnZip,
  validateConnector,
  validateOpenApi3,
  validatePostmanCollection,
  type Finding,
  type TJsonObject,
} from "@connector-hub/definitions";
import { AppError } from "../app-error.ts";
import { assertStorableDepth } from "./assert-storable-depth.ts";
import { assertTextDepth } from "./assert-text-depth.ts";
import type { SourceFormat } from "../generated/prisma/enums.ts";

/** Uploads above this are refused before parsing; a real connector definition is a few hundred KB. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export interface ConnectorSourceInput {
  /** The uploaded or pasted bytes (a definition, a Postman collection or a zipped paconn folder). */
  content: Uint8Array | string;
  fileName?: string | null;
  /** The request's Content-Type, when there was one; used only to refuse what is clearly not a connector. */
  contentType?: string | null;
  /** apiProperties.json given beside an OpenAPI definition (paconn zips carry their own). */
  apiProperties?: string | null;
  /** Set when the definition was built by the import wizard's form. */
  isForm?: boolean;
  /** Also run the agent-readiness profile (what Copilot Studio needs of the operations as agent tools). */
  agent?: boolean;
}

export interface PreparedSource {
  sourceFormat: SourceFormat;
  fileName: string;
  /** The text exactly as the maker gave it: findings' lines refer to it. */
  sourceText: string;
  definition: TJsonObject;
  apiProperties: TJsonObject | null;
  apiPropertiesText: string | null;
  script: string | null;
  icon: Uint8Array | null;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
}

const TEXT_EXTENSIONS = /\.(json|ya?ml|txt|swagger)$/i;
const ALLOWED_TYPES =
  /^(application\/(json|x-yaml|yaml|zip|x-zip-compressed|octet-stream|vnd\.oai\.openapi(\+json)?)|text\/(plain|yaml|x-yaml|json)|multipart\/form-data)/i;
const SUPPORTED = "Upload an OpenAPI 2.0, 3.0 or 3.1 definition (.json, .yaml), a Postman collection (.json) or a zipped paconn folder (.zip).";
const decoder = new TextDecoder("utf-8");

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** NUL bytes or common image/PDF signatures: a file no text parser should be handed. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  if (head.includes(0)) return true;
  const sig = decoder.decode(head.subarray(0, 5));
  return sig.startsWith("%PDF") || sig.startsWith("\x89PNG") || sig.startsWith("GIF8");
}

function countSeverity(findings: Finding[]) {
  return { errorCount: findings.filter((f) => f.severity === "error").length, warningCount: findings.filter((f) => f.severity === "warning").length };
}

function unreadable(findings: Finding[], fallback: string): AppError {
  const first = findings.find((f) => f.severity === "error") ?? findings[0];
  const where = first ? ` (${first.file} line ${first.line}, column ${first.column})` : "";
  return new AppError("UNPROCESSABLE", `${first?.message ?? fallback}${where}`, { findings });
}

/** apiProperties.json as an object; null when absent or broken (the validator has already said where it is broken). */
function parseApiProperties(apiPropertiesText: string | null): TJsonObject | null {
  if (!apiPropertiesText) return null;
  try {
    const value = JSON.parse(apiPropertiesText) as unknown;
    return value && typeof value === "object" && !Array.isArray(value) ? (value as TJsonObject) : null;
  } catch {
    return null;
  }
}

function prepareOpenApi(text: string, fileName: string, apiPropertiesText: string | null, format: SourceFormat, agent = false): PreparedSource {
  const result = validateConnector({ definition: text, fileName, agent, ...(apiPropertiesText ? { apiProperties: apiPropertiesText } : {}) });
  if (!result.document) throw unreadable(result.findings, "The definition could not be read as JSON or YAML.");
  if (typeof result.document.openapi === "string") {
    throw new AppError(
      "UNPROCESSABLE",
      `This is an OpenAPI ${result.document.openapi} document; custom connectors take OpenAPI 2.0 (swagger: "2.0"), and the hub converts only 3.0 and 3.1. Convert it to 2.0 or 3.1 first.`,
    );
  }
  const apiProperties = parseApiProperties(apiPropertiesText);
  return {
    sourceFormat: format,
    fileName,
    sourceText: text,
    definition: result.document,
    apiProperties,
    apiPropertiesText,
    script: null,
    icon: null,
    findings: result.findings,
    ...countSeverity(result.findings),
  };
}

/**
 * OpenAPI 3.0/3.1: converted to the 2.0 definition the hub stores; the source text stays as the maker gave it, and
 * the findings (loss report, then the validator's) point into it.
 */
function prepareOpenApi3(text: string, fileName: string, apiPropertiesText: string | null, format: SourceFormat, agent = false): PreparedSource {
  const result = validateOpenApi3(text, { fileName, agent, ...(apiPropertiesText ? { apiProperties: apiPropertiesText } : {}) });
  if (!result.swagger) throw unreadable(result.findings, "The OpenAPI 3 document could not be converted.");
  return {
    sourceFormat: format,
    fileName,
    sourceText: text,
    definition: result.swagger,
    apiProperties: parseApiProperties(apiPropertiesText),
    apiPropertiesText,
    script: null,
    icon: null,
    findings: result.findings,
    ...countSeverity(result.findings),
  };
}

function preparePaconn(bytes: Uint8Array, fileName: string, agent = false): PreparedSource {
  const read = readPaconnZip(bytes, fileName);
  if (!read.files.definition) throw unreadable(read.findings, `${fileName} holds no apiDefinition.swagger.json.`);
  const text = decoder.decode(read.files.definition);
  const propsText = read.files.apiProperties ? decoder.decode(read.files.apiProperties) : null;
  const prepared = prepareOpenApi(text, read.files.names.definition, propsText, "PACONN", agent);
  const findings = [...read.findings, ...prepared.findings];
  return {
    ...prepared,
    fileName,
    script: read.files.script ? decoder.decode(read.files.script) : null,
    icon: read.files.icon ?? null,
    findings,
    ...countSeverity(findings),
  };
}

/**
 * Reads an upload of any supported kind into one shape: the exact source text, the OpenAPI 2.0 definition (converted
 * from Postman when needed) and every finding with its line. Refuses, with what to do instead, input too large (413),
 * of a kind we do not take (415) or that cannot be read at all (422).
 */
export function prepareConnectorSource(input: ConnectorSourceInput): PreparedSource {
  const prepared = readConnectorSource(input);
  // Refused here, before validation says it is fine and the database then cannot store it.
  assertStorableDepth(prepared.definition, prepared.fileName);
  if (prepared.apiProperties) assertStorableDepth(prepared.apiProperties, "apiProperties.json");
  return prepared;
}

function readConnectorSource(input: ConnectorSourceInput): PreparedSource {
  const bytes = typeof input.content === "string" ? new TextEncoder().encode(input.content) : input.content;
  const fileName = input.fileName?.trim() || "apiDefinition.swagger.json";
  if (bytes.byteLength > MAX_UPLOAD_BYTES) {
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      `${fileName} is ${(bytes.byteLength / 1048576).toFixed(1)} MB; the limit is ${MAX_UPLOAD_BYTES / 1048576} MB. Remove unused schemas or split the API into several connectors.`,
    );
  }
  if (bytes.byteLength === 0) throw new AppError("UNPROCESSABLE", `${fileName} is empty. ${SUPPORTED}`);
  const contentType = input.contentType?.split(";")[0]?.trim() ?? "";
  if (contentType && !ALLOWED_TYPES.test(contentType))
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", `Content type ${contentType} is not supported. ${SUPPORTED}`);
  if (isZip(bytes) || /\.zip$/i.test(fileName)) return preparePaconn(bytes, fileName, input.agent === true);
  const extension = /\.[^./]+$/.exec(fileName)?.[0];
  if ((extension && !TEXT_EXTENSIONS.test(fileName)) || looksBinary(bytes)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", `${fileName} is not a file type the hub reads. ${SUPPORTED}`);
  }
  const text = decoder.decode(bytes);
  assertTextDepth(text, fileName);
  if (looksLikePostman(text)) {
    const result = validatePostmanCollection(text, { fileName });
    if (!result.swagger) throw unreadable(result.findings, "The Postman collection could not be converted.");
    return {
      sourceFormat: "POSTMAN",
      fileName,
      sourceText: text,
      definition: result.swagger,
      apiProperties: null,
      apiPropertiesText: null,
      script: null,
      icon: null,
      findings: result.findings,
      ...countSeverity(result.findings),
    };
  }
  const format: SourceFormat = input.isForm ? "FORM" : /\.ya?ml$/i.test(fileName) || !/^\s*[{[]/.test(text) ? "OPENAPI_YAML" : "OPENAPI_JSON";
  if (!input.isForm && looksLikeOpenApi3(text)) return prepareOpenApi3(text, fileName, input.apiProperties ?? null, format, input.agent === true);
  return prepareOpenApi(text, fileName, input.apiProperties ?? null, format, input.agent === true);
}
