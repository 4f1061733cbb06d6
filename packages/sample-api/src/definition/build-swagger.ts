import type { TSampleVariant } from "../auth/sample-variants.ts";
import type { TJson } from "./schema-builders.ts";
import { SWAGGER_INPUT_DEFINITIONS } from "./swagger-inputs.ts";
import { SWAGGER_PARAMETERS, SWAGGER_PATHS } from "./swagger-paths.ts";
import { SWAGGER_DEFINITIONS } from "./swagger-schemas.ts";
import { VARIANT_PROFILES } from "./variant-profiles.ts";

export type TBuildSwaggerOptions = { variant: TSampleVariant; publicUrl: string };

// The platform calls host + basePath, so both come from the address the API is reached at, not from where it listens.
export function buildSwagger({ variant, publicUrl }: TBuildSwaggerOptions): TJson {
  const url = new URL(publicUrl);
  const prefix = url.pathname.replace(/\/+$/, "");
  const base = `${url.origin}${prefix}`;
  const profile = VARIANT_PROFILES[variant];
  return {
    swagger: "2.0",
    info: {
      title: profile.title,
      description: `Manage products, stock levels and orders of a small sample inventory, and start flows when orders arrive or stock runs low. ${profile.summary} Built to learn custom connectors from.`,
      version: "1.0.0",
      contact: { name: "Connector Hub", url: `${base}/`, email: "connector-hub@example.com" },
    },
    "x-ms-connector-metadata": [
      { propertyName: "Website", propertyValue: `${base}/` },
      { propertyName: "Privacy policy", propertyValue: `${base}/privacy` },
      { propertyName: "Categories", propertyValue: "Business Management;Commerce" },
    ],
    host: url.host,
    basePath: `${prefix}/${variant}/v1`,
    schemes: [url.protocol.replace(":", "")],
    consumes: ["application/json"],
    produces: ["application/json"],
    paths: SWAGGER_PATHS,
    definitions: { ...SWAGGER_DEFINITIONS, ...SWAGGER_INPUT_DEFINITIONS },
    parameters: SWAGGER_PARAMETERS,
    responses: {},
    securityDefinitions: { [profile.securityName]: profile.securityDefinition(base) },
    security: [{ [profile.securityName]: profile.requiredScopes }],
    tags: [],
  };
}
