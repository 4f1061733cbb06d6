import type { Finding } from "../../types.ts";
import { validateConnector, type ValidationResult } from "../../validate/validate-connector.ts";
import { convertOpenApi3, type OpenApi3Conversion } from "./convert-openapi3.ts";

export interface OpenApi3Import extends OpenApi3Conversion {
  /** The definition as written to apiDefinition.swagger.json (2-space JSON). */
  definitionText?: string;
  /** The validator's findings on the converted definition. */
  validation?: ValidationResult;
}

/** Converts an OpenAPI 3 document and runs the validator on the result, so both lists come at once. */
export function importOpenApi3(
  input: string | Uint8Array,
  options: { fileName?: string; certification?: boolean; agent?: boolean; apiProperties?: string | Uint8Array } = {},
): OpenApi3Import {
  const conversion = convertOpenApi3(input, { fileName: options.fileName });
  if (!conversion.swagger) return conversion;
  const definitionText = `${JSON.stringify(conversion.swagger, null, 2)}\n`;
  const validation = validateConnector({
    definition: definitionText,
    fileName: "apiDefinition.swagger.json",
    certification: options.certification === true,
    agent: options.agent === true,
    ...(options.apiProperties !== undefined ? { apiProperties: options.apiProperties, apiPropertiesFileName: "apiProperties.json" } : {}),
  });
  return { ...conversion, definitionText, validation };
}

/** Counts of a loss report, for summaries. */
export function countLosses(losses: Finding[]): { warnings: number; infos: number } {
  return { warnings: losses.filter((l) => l.severity === "warning").length, infos: losses.filter((l) => l.severity !== "warning").length };
}
