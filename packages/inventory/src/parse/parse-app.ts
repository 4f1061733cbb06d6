import { asDate, asObject, asString, connectorNameFromApiId } from "./read-fields.ts";
import type { TResourceItem, TUsageItem } from "./types.ts";

/**
 * An item of PowerApps `scopes/admin/environments/{env}/apps` (§2.3): `connectionReferences` is an object keyed by
 * GUID whose `id` names the connector, often as lower-case `/providers/microsoft.powerapps/apis/...`. Which
 * operations an app calls is not exposed: an app's usages carry no operationId.
 */
export function parseApp(raw: unknown): TResourceItem | null {
  const item = asObject(raw);
  const p = asObject(item.properties);
  const name = asString(item.name);
  if (!name) return null;
  const owner = asObject(p.owner);
  const seen = new Set<string>();
  const usages: TUsageItem[] = [];
  for (const ref of Object.values(asObject(p.connectionReferences))) {
    const connectorName = connectorNameFromApiId(asObject(ref).id);
    if (!connectorName || seen.has(connectorName)) continue;
    seen.add(connectorName);
    usages.push({ connectorName, operationId: null, actionName: null, isTrigger: false });
  }
  return {
    kind: "APP",
    name,
    displayName: asString(p.displayName) ?? name,
    state: null,
    ownerOid: asString(owner.id),
    ownerName: asString(owner.displayName),
    ownerEmail: asString(owner.email) ?? asString(owner.userPrincipalName),
    modifiedAt: asDate(p.lastModifiedTime),
    usages,
  };
}
