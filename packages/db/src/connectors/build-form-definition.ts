import { BASIC_SECURITY, ENTRA_ID_OAUTH2_SECURITY, apiKeySecurity, hubSwaggerDocument, pathTemplateParameters } from "@connector-hub/definitions";
import { z } from "zod";

/** The import wizard's "start from scratch" form. */
export const ZConnectorForm = z.object({
  title: z.string().trim().min(1, "Give the connector a title.").max(30, "Titles are at most 30 characters on the platform."),
  description: z.string().trim().max(1000).default(""),
  host: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9.-]+(:\d+)?$/, "Enter the host name only, like api.contoso.com (no https:// and no path)."),
  basePath: z
    .string()
    .trim()
    .regex(/^\/[^\s]*$/, "The base path starts with /, like /api or /.")
    .default("/"),
  authType: z.enum(["NONE", "API_KEY", "BASIC", "OAUTH2", "WINDOWS"]).default("NONE"),
  apiKeyName: z.string().trim().max(100).default("X-API-Key"),
  operations: z
    .array(
      z.object({
        operationId: z
          .string()
          .trim()
          .regex(/^[A-Za-z][A-Za-z0-9_]*$/, "Operation ids are letters, digits and _ , starting with a letter."),
        method: z.enum(["get", "post", "put", "patch", "delete"]),
        path: z.string().trim().regex(/^\//, "Operation paths start with /."),
        summary: z.string().trim().min(1, "Every operation needs a summary (the name makers see).").max(80),
      }),
    )
    .min(1, "Add at least one operation.")
    .max(50),
});
export type TConnectorForm = z.input<typeof ZConnectorForm>;
type TParsedForm = z.output<typeof ZConnectorForm>;

const SECURITY: Record<TParsedForm["authType"], (form: TParsedForm) => Record<string, unknown>> = {
  NONE: () => ({}),
  API_KEY: (form) => apiKeySecurity(form.apiKeyName),
  BASIC: () => BASIC_SECURITY,
  OAUTH2: () => ENTRA_ID_OAUTH2_SECURITY,
  WINDOWS: () => ({}),
};

/** An OpenAPI 2.0 definition, as indented JSON text, from the wizard's form (the version keeps this exact text). */
export function buildFormDefinition(input: TConnectorForm): string {
  const form = ZConnectorForm.parse(input);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of form.operations) {
    const params = pathTemplateParameters(op.path);
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      operationId: op.operationId,
      summary: op.summary,
      description: op.summary,
      parameters: params,
      responses: { "200": { description: "OK" } },
    };
  }
  const swagger = hubSwaggerDocument({
    info: { title: form.title, description: form.description || form.title, version: "1.0" },
    host: form.host,
    basePath: form.basePath,
    schemes: ["https"],
    paths,
    securityDefinitions: SECURITY[form.authType](form),
  });
  return `${JSON.stringify(swagger, null, 2)}\n`;
}
