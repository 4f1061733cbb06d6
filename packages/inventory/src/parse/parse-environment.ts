import { asDate, asObject, asString } from "./read-fields.ts";
import type { TEnvironmentItem } from "./types.ts";

/** An item of BAP `scopes/admin/environments` (documented example: inventory-sources.md §2.1). */
export function parseEnvironment(raw: unknown): TEnvironmentItem | null {
  const item = asObject(raw);
  const p = asObject(item.properties);
  const name = asString(item.name);
  if (!name) return null;
  return {
    name,
    displayName: asString(p.displayName) ?? name,
    sku: asString(p.environmentSku),
    isDefault: p.isDefault === true,
    region: asString(p.azureRegion) ?? asString(item.location),
    modifiedAt: asDate(p.lastModifiedTime),
    instanceUrl: asString(asObject(p.linkedEnvironmentMetadata).instanceUrl),
  };
}
