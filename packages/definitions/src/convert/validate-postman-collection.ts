import type { Finding, TJsonObject } from "../types.ts";
import { validateConnector } from "../validate/validate-connector.ts";
import { convertPostmanCollection } from "./convert-postman-collection.ts";
import { parseDefinition } from "../parse/parse-definition.ts";

export interface PostmanValidation {
  swagger: TJsonObject | undefined;
  findings: Finding[];
}

/** Whether text looks like a Postman export, judged cheaply before a full parse. */
export function looksLikePostman(text: string): boolean {
  return /schema\.getpostman\.com|"_postman_id"/.test(text.slice(0, 4096)) || (/"requests"\s*:/.test(text) && /"order"\s*:/.test(text));
}

/**
 * Converts a collection and validates the result, placing each finding on the request it came from in the
 * maker's collection (the converted definition exists only in memory).
 */
export function validatePostmanCollection(input: string | Uint8Array, options: { fileName?: string; certification?: boolean } = {}): PostmanValidation {
  const fileName = options.fileName ?? "collection.json";
  const conversion = convertPostmanCollection(input, fileName);
  if (!conversion.swagger) return { swagger: undefined, findings: conversion.findings };
  const result = validateConnector({ definition: JSON.stringify(conversion.swagger, null, 2), fileName, certification: options.certification });
  const source = parseDefinition(input, { fileName });
  const sources = [...conversion.operationSources].sort((a, b) => b[0].length - a[0].length);
  const placed = result.findings.map((f) => {
    const origin = sources.find(([op]) => f.path === op || f.path.startsWith(op + "/"));
    const at = source.locate(origin?.[1] ?? "");
    return { ...f, message: `In the converted definition: ${f.message}`, line: at.line, column: at.column, file: fileName };
  });
  return { swagger: conversion.swagger, findings: [...conversion.findings, ...placed].sort((a, b) => a.line - b.line || a.column - b.column) };
}
