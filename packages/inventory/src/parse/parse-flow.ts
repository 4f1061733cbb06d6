import { asDate, asObject, asString, connectorNameFromApiId, type TJson } from "./read-fields.ts";
import type { TResourceItem, TUsageItem } from "./types.ts";

/** An item of Flow `scopes/admin/environments/{env}/v2/flows` (§2.4); usages come from the flow's own GET. */
export function parseFlowListItem(raw: unknown): TResourceItem | null {
  const item = asObject(raw);
  const p = asObject(item.properties);
  const name = asString(item.name);
  if (!name) return null;
  const creator = asObject(p.creator);
  return {
    kind: "FLOW",
    name,
    displayName: asString(p.displayName) ?? name,
    state: asString(p.state),
    ownerOid: asString(creator.objectId) ?? asString(creator.userId),
    ownerName: null,
    ownerEmail: null,
    modifiedAt: asDate(p.lastModifiedTime),
    usages: null,
  };
}

const CONNECTION_ACTIONS = new Set(["openapiconnection", "openapiconnectionwebhook", "openapiconnectionnotification"]);
const LEGACY_CONNECTION_ACTIONS = new Set(["apiconnection", "apiconnectionwebhook", "apiconnectionnotification"]);

/**
 * Which connector operations a flow calls (inventory-sources.md §3): every trigger and action of its definition,
 * walked through Scope / Foreach / Until / If (`else`) / Switch (`cases`, `default`). `OpenApiConnection*` name the
 * operation in `inputs.host.operationId`; the connector is resolved through the connection reference the action
 * names (keys may carry `_1` suffixes), else from `apiId`. Older `ApiConnection` actions carry no operationId in the
 * definition: those come from `definitionSummary` (`api.name` + `swaggerOperationId`), without an action name.
 * Every connection reference is a usage too (operationId null), so a flow that only holds a connection still counts.
 */
export function extractFlowUsages(flowGet: unknown): TUsageItem[] {
  const p = asObject(asObject(flowGet).properties);
  const references = asObject(p.connectionReferences);
  const referenceConnector = (key: string | null): string | null => {
    if (!key) return null;
    const ref = asObject(references[key]);
    return connectorNameFromApiId(asObject(ref.api).name) ?? connectorNameFromApiId(ref.id) ?? connectorNameFromApiId(asObject(ref.api).id);
  };
  const usages: TUsageItem[] = [];
  const key = (u: TUsageItem) => `${u.connectorName}|${u.operationId}|${u.actionName}|${u.isTrigger}`;
  const seen = new Set<string>();
  const add = (u: TUsageItem) => {
    if (seen.has(key(u))) return;
    seen.add(key(u));
    usages.push(u);
  };
  let legacy = false;

  const visit = (actions: unknown, isTrigger: boolean) => {
    for (const [actionName, rawAction] of Object.entries(asObject(actions))) {
      const action = asObject(rawAction);
      const type = (asString(action.type) ?? "").toLowerCase();
      const host = asObject(asObject(action.inputs).host);
      if (CONNECTION_ACTIONS.has(type)) {
        const connectorName = referenceConnector(asString(host.connectionName)) ?? connectorNameFromApiId(host.apiId);
        if (connectorName) add({ connectorName, operationId: asString(host.operationId), actionName, isTrigger });
      } else if (LEGACY_CONNECTION_ACTIONS.has(type)) {
        legacy = true;
      }
      visit(action.actions, false);
      visit(asObject(action.else).actions, false);
      for (const c of Object.values(asObject(action.cases))) visit(asObject(c).actions, false);
      visit(asObject(action.default).actions, false);
    }
  };
  const definition = asObject(p.definition);
  visit(definition.triggers, true);
  visit(definition.actions, false);

  const summary = asObject(p.definitionSummary);
  const hasDefinition = Object.keys(definition).length > 0;
  if (!hasDefinition || legacy) {
    const fromSummary = (entries: unknown, isTrigger: boolean) => {
      for (const e of Array.isArray(entries) ? (entries as TJson[]) : []) {
        const entry = asObject(e);
        const connectorName = connectorNameFromApiId(asObject(entry.api).name) ?? connectorNameFromApiId(asObject(entry.api).id);
        const operationId = asString(entry.swaggerOperationId) ?? asString(asObject(asObject(entry.metadata).flowSystemMetadata).swaggerOperationId);
        const type = (asString(entry.type) ?? "").toLowerCase();
        if (!connectorName || !operationId) continue;
        if (hasDefinition && !LEGACY_CONNECTION_ACTIONS.has(type)) continue;
        add({ connectorName, operationId, actionName: null, isTrigger });
      }
    };
    fromSummary(summary.triggers, true);
    fromSummary(summary.actions, false);
  }
  for (const k of Object.keys(references)) {
    const connectorName = referenceConnector(k);
    if (connectorName && !usages.some((u) => u.connectorName === connectorName)) add({ connectorName, operationId: null, actionName: null, isTrigger: false });
  }
  return usages;
}
