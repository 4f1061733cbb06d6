import { asDate, asObject, asString, connectorNameFromApiId } from "./read-fields.ts";
import type { TResourceItem, TUsageItem } from "./types.ts";

/** The four Dataverse lists an environment's agents are read from (Web API, v9.2), each read to its last page. */
export interface TAgentTables {
  /** `bots`: botid, name, statecode, modifiedon, owninguser (expanded: azureactivedirectoryobjectid, fullname, internalemailaddress). */
  bots: unknown[];
  /** `bot_botcomponentset` (intersect table): botid, botcomponentid. */
  botComponents: unknown[];
  /** `botcomponent_connectionreferenceset` (intersect table): botcomponentid, connectionreferenceid. */
  componentConnectionReferences: unknown[];
  /** `connectionreferences`: connectionreferenceid, connectorid (/providers/Microsoft.PowerApps/apis/<name>). */
  connectionReferences: unknown[];
}

/** The Web API requests, relative to `{instanceUrl}/api/data/v9.2/`: only the columns read below. */
export const AGENT_QUERIES: Record<keyof TAgentTables, string> = {
  bots: "bots?$select=botid,name,statecode,modifiedon&$expand=owninguser($select=azureactivedirectoryobjectid,fullname,internalemailaddress)",
  botComponents: "bot_botcomponentset?$select=botid,botcomponentid",
  componentConnectionReferences: "botcomponent_connectionreferenceset?$select=botcomponentid,connectionreferenceid",
  connectionReferences: "connectionreferences?$select=connectionreferenceid,connectorid",
};

const id = (v: unknown) => asString(v)?.toLowerCase() ?? null;

/** Adds `value` to the set kept under `key`. */
function link(map: Map<string, Set<string>>, key: string | null, value: string | null) {
  if (!key || !value) return;
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

/**
 * Copilot Studio agents of one environment, each with the connectors its components (tools, topics) reach through
 * connection references: agent → `bot_botcomponent` → `botcomponent_connectionreference` → `connectionreference.connectorid`.
 * Which operation a tool calls is in the component's own content, not read here: an agent's usages carry no
 * operationId, as an app's do not. The owner is the Dataverse user's Entra object id, as flows and apps name theirs.
 */
export function parseAgents(tables: TAgentTables): TResourceItem[] {
  const componentsOf = new Map<string, Set<string>>();
  for (const row of tables.botComponents) link(componentsOf, id(asObject(row).botid), id(asObject(row).botcomponentid));
  const referencesOf = new Map<string, Set<string>>();
  for (const row of tables.componentConnectionReferences) link(referencesOf, id(asObject(row).botcomponentid), id(asObject(row).connectionreferenceid));
  const connectorOf = new Map<string, string>();
  for (const row of tables.connectionReferences) {
    const r = asObject(row);
    const referenceId = id(r.connectionreferenceid);
    const connectorName = connectorNameFromApiId(r.connectorid);
    if (referenceId && connectorName) connectorOf.set(referenceId, connectorName);
  }
  const agents: TResourceItem[] = [];
  for (const row of tables.bots) {
    const bot = asObject(row);
    const botId = id(bot.botid);
    if (!botId) continue;
    const connectors = new Set<string>();
    for (const component of componentsOf.get(botId) ?? [])
      for (const reference of referencesOf.get(component) ?? []) {
        const name = connectorOf.get(reference);
        if (name) connectors.add(name);
      }
    const usages: TUsageItem[] = [...connectors].sort().map((connectorName) => ({ connectorName, operationId: null, actionName: null, isTrigger: false }));
    const owner = asObject(bot.owninguser);
    agents.push({
      kind: "AGENT",
      name: botId,
      displayName: asString(bot.name) ?? botId,
      // statecode is Dataverse's standard state column: 0 active, 1 inactive.
      state: bot.statecode === 0 ? "Active" : bot.statecode === 1 ? "Inactive" : null,
      ownerOid: asString(owner.azureactivedirectoryobjectid),
      ownerName: asString(owner.fullname),
      ownerEmail: asString(owner.internalemailaddress),
      modifiedAt: asDate(bot.modifiedon),
      usages,
    });
  }
  return agents;
}
