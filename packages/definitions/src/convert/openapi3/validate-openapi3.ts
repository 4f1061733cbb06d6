import { parseDefinition } from "../../parse/parse-definition.ts";
import type { Finding, TJsonObject } from "../../types.ts";
import { importOpenApi3 } from "./import-openapi3.ts";

export interface OpenApi3Validation {
  swagger: TJsonObject | undefined;
  /** Unreadable input, the loss report, then the validator's findings, all placed in the maker's own file. */
  findings: Finding[];
}

/** Where a pointer of the converted definition came from in the OpenAPI 3 source. */
function sourcePointer(path: string): string {
  if (path.startsWith("/definitions/")) return `/components/schemas/${path.slice("/definitions/".length)}`;
  if (path.startsWith("/securityDefinitions")) return `/components/securitySchemes${path.slice("/securityDefinitions".length)}`;
  if (/^\/(host|basePath|schemes)$/.test(path)) return "/servers";
  return path;
}

/**
 * Converts an OpenAPI 3 document and validates the result, for the import wizard: every finding points into the
 * maker's file (the converted definition exists only in memory), validator findings marked as such. Paths and
 * operations keep their pointers; definitions map to components/schemas; anything deeper that has no twin in the
 * source lands on its nearest existing ancestor.
 */
export function validateOpenApi3(
  input: string | Uint8Array,
  options: { fileName?: string; certification?: boolean; agent?: boolean; apiProperties?: string | Uint8Array } = {},
): OpenApi3Validation {
  const fileName = options.fileName ?? "openapi.json";
  const result = importOpenApi3(input, {
    fileName,
    certification: options.certification,
    agent: options.agent,
    ...(options.apiProperties !== undefined ? { apiProperties: options.apiProperties } : {}),
  });
  if (!result.swagger) return { swagger: undefined, findings: result.findings };
  const source = parseDefinition(input, { fileName });
  const placed = (result.validation?.findings ?? []).map((f) => {
    // Findings of apiProperties stay on that file; the definition's are placed in the maker's OpenAPI 3 text.
    if (f.file === "apiProperties.json") return f;
    const at = source.locate(sourcePointer(f.path));
    return { ...f, message: `In the converted definition: ${f.message}`, line: at.line, column: at.column, file: fileName };
  });
  const findings = [...result.findings, ...result.losses, ...placed].sort((a, b) => a.line - b.line || a.column - b.column);
  return { swagger: result.swagger, findings };
}
