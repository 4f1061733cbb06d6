import { SAMPLE_VARIANTS, type TSampleVariant } from "../auth/sample-variants.ts";
import { buildApiProperties } from "./build-api-properties.ts";
import { buildSwagger } from "./build-swagger.ts";
import type { TJson } from "./schema-builders.ts";

export type TSampleConnectorDefinition = { variant: TSampleVariant; swagger: TJson; apiProperties: TJson };

// What the hub's seed registers as the three sample connectors: the same documents the running API serves.
export function sampleConnectorDefinitions(publicUrl: string): TSampleConnectorDefinition[] {
  return SAMPLE_VARIANTS.map((variant) => ({
    variant,
    swagger: buildSwagger({ variant, publicUrl }),
    apiProperties: buildApiProperties({ variant, publicUrl }),
  }));
}
