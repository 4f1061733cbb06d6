import type { StandInAgent, StandInApp, StandInCall, StandInConnector, StandInEnvironment, StandInFlow, StandInTenant } from "./tenant.ts";

// Every shape here follows the published examples quoted in /work/shared/reference/inventory-sources.md (§2.1–2.4,
// §3): field names, nesting, the JSON string in metadata.createdBy, lower-case app reference ids, `_1` suffixes.

/** `instanceUrl`: the environment's Dataverse, absent for an environment without one. */
export function renderEnvironment(e: StandInEnvironment, tenantId: string, instanceUrl?: string) {
  return {
    id: `/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments/${e.name}`,
    type: "Microsoft.BusinessAppPlatform/scopes/environments",
    location: "unitedstates",
    name: e.name,
    properties: {
      tenantId,
      azureRegion: "westus",
      displayName: e.displayName,
      description: "",
      createdTime: "2024-01-10T08:00:00.0000000Z",
      createdBy: { id: "0f74a1f4-0000-0000-0000-000000000001", displayName: "ServicePrincipal", type: "ServicePrincipal", tenantId },
      lastModifiedTime: e.modifiedAt,
      provisioningState: "Succeeded",
      creationType: "User",
      environmentSku: e.sku,
      isDefault: e.isDefault,
      runtimeEndpoints: {
        "microsoft.BusinessAppPlatform": "https://unitedstates.api.bap.microsoft.com",
        "microsoft.PowerApps": "https://unitedstates.api.powerapps.com",
        "microsoft.Flow": "https://unitedstates.api.flow.microsoft.com",
      },
      databaseType: instanceUrl ? "CommonDataService" : "None",
      ...(instanceUrl
        ? {
            linkedEnvironmentMetadata: {
              resourceId: guid(e.name, 1),
              friendlyName: e.displayName,
              uniqueName: `unq${guid(e.name, 2).replace(/-/g, "").slice(0, 24)}`,
              domainName: `org${guid(e.name, 3).slice(0, 8)}`,
              version: "9.2.25114.00195",
              instanceUrl,
              instanceApiUrl: instanceUrl.replace(/\/$/, ""),
              baseLanguage: 1033,
              instanceState: "Ready",
              createdTime: "2024-01-10T08:01:00.000Z",
            },
          }
        : {}),
      states: { management: { id: "Ready" }, runtime: { id: "Enabled" } },
      retentionPeriod: "P7D",
      protectionStatus: { keyManagedBy: "Microsoft" },
      connectedGroups: [],
    },
  };
}

export function renderConnector(c: StandInConnector, tenantId: string, swaggerUrl: string) {
  const createdBy = {
    id: c.createdBy.id,
    displayName: c.createdBy.displayName,
    email: c.createdBy.email,
    type: "User",
    tenantId,
    userPrincipalName: c.createdBy.email,
  };
  return {
    name: c.name,
    id: `/providers/Microsoft.PowerApps/apis/${c.name}`,
    type: "Microsoft.PowerApps/apis",
    properties: {
      displayName: c.displayName,
      iconUri: "https://connectoricons-prod.azureedge.net/default/api-dedicated.png",
      iconBrandColor: "#007ee5",
      apiEnvironment: "Shared",
      isCustomApi: true,
      connectionParameters: {},
      runtimeUrls: [`https://europe-002.azure-apim.net/apim/${c.name}`],
      primaryRuntimeUrl: `https://europe-002.azure-apim.net/apim/${c.name}`,
      metadata: {
        source: "powerapps-user-defined",
        environmentName: c.env,
        almMode: "Environment",
        createdBy: JSON.stringify({ id: c.createdBy.id, displayName: c.createdBy.displayName }),
        allowSharing: false,
      },
      capabilities: [],
      description: "",
      apiDefinitions: { originalSwaggerUrl: swaggerUrl, modifiedSwaggerUrl: swaggerUrl },
      createdBy,
      modifiedBy: createdBy,
      createdTime: "2024-02-01T10:00:00.0000000Z",
      changedTime: c.modifiedAt,
      environment: { id: `/providers/Microsoft.PowerApps/environments/${c.env}`, name: c.env },
      tier: "Standard",
      publisher: c.createdBy.displayName,
      almMode: "Environment",
    },
  };
}

const guid = (seed: string, i: number) => {
  let h = 2166136261;
  for (const ch of `${seed}:${i}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  const hex = h.toString(16).padStart(8, "0");
  return `${hex}-${hex.slice(0, 4)}-4${hex.slice(1, 4)}-8${hex.slice(5, 8)}-${hex}${hex.slice(0, 4)}`;
};

export function renderApp(a: StandInApp, tenantId: string) {
  const connectionReferences: Record<string, unknown> = {};
  a.connectors.forEach((name, i) => {
    connectionReferences[guid(a.name, i)] = {
      // Published app fixtures spell the id in lower case.
      id: `/providers/microsoft.powerapps/apis/${name}`,
      displayName: name,
      iconUri: "https://connectoricons-prod.azureedge.net/default/icon.png",
      dataSources: [name.replace(/^shared_/, "")],
      dependencies: [],
      dependents: [],
      isOnPremiseConnection: false,
      bypassConsent: false,
      dataSets: {},
      apiTier: "Standard",
      isCustomApiConnection: !name.startsWith("shared_office365") && !name.startsWith("shared_sharepointonline"),
    };
  });
  return {
    name: a.name,
    id: `/providers/Microsoft.PowerApps/scopes/admin/environments/${a.env}/apps/${a.name}`,
    type: "Microsoft.PowerApps/scopes/admin/apps",
    appType: "ClassicCanvasApp",
    properties: {
      displayName: a.displayName,
      owner: { id: a.owner.id, displayName: a.owner.displayName, email: a.owner.email, type: "User", tenantId, userPrincipalName: a.owner.email },
      createdTime: "2024-03-01T09:00:00Z",
      lastModifiedTime: a.modifiedAt,
      environment: { id: `/providers/Microsoft.PowerApps/environments/${a.env}`, name: a.env },
      usesCustomApi: a.connectors.some((c) => c.includes("-")),
      usesPremiumApi: false,
      usesOnPremiseGateway: false,
      databaseReferences: {},
      connectionReferences,
    },
  };
}

function flowBase(f: StandInFlow, tenantId: string) {
  return {
    name: f.name,
    id: `/providers/Microsoft.ProcessSimple/environments/${f.env}/flows/${f.name}`,
    type: "Microsoft.ProcessSimple/environments/flows",
    properties: {
      apiId: "/providers/Microsoft.PowerApps/apis/shared_logicflows",
      displayName: f.displayName,
      state: f.state,
      createdTime: "2024-07-09T21:32:15Z",
      lastModifiedTime: f.modifiedAt,
      flowSuspensionReason: f.state === "Suspended" ? "DlpPolicyViolation" : "None",
      environment: { name: f.env, type: "Microsoft.ProcessSimple/environments", id: `/providers/Microsoft.ProcessSimple/environments/${f.env}` },
      creator: { tenantId, objectId: f.creatorOid, userId: f.creatorOid, userType: "ActiveDirectory" },
      flowFailureAlertSubscribed: false,
      isManaged: false,
    },
  };
}

/** The admin v2 list item: identifying information and an empty definitionSummary, no definition. */
export function renderFlowListItem(f: StandInFlow, tenantId: string) {
  const base = flowBase(f, tenantId);
  return { ...base, properties: { ...base.properties, definitionSummary: { triggers: [], actions: [] } } };
}

/** A flow's own GET: definition (Logic Apps language, §3), name-keyed connectionReferences and definitionSummary. */
export function renderFlowDetail(f: StandInFlow, tenantId: string) {
  const base = flowBase(f, tenantId);
  const references: Record<string, unknown> = {};
  const refKey = new Map<string, string>();
  const connectors = [...new Set([...f.calls.map((c) => c.connector), ...(f.legacyCall ? [f.legacyCall.connector] : [])])];
  connectors.forEach((name, i) => {
    // The second reference gets a suffixed key, as published definitions do ("shared_office365users_1").
    const key = i === 1 ? `${name}_1` : name;
    refKey.set(name, key);
    references[key] = {
      connectionName: `${name.replace(/_/g, "-")}-19528cc4`,
      source: "Embedded",
      id: `/providers/Microsoft.PowerApps/apis/${name}`,
      api: { name },
      displayName: name,
      iconUri: "https://connectoricons-prod.azureedge.net/default/icon.png",
      tier: "Standard",
    };
  });
  const step = (c: StandInCall) => ({
    type: c.isTrigger ? "OpenApiConnectionWebhook" : "OpenApiConnection",
    inputs: {
      host: { apiId: `/providers/Microsoft.PowerApps/apis/${c.connector}`, connectionName: refKey.get(c.connector), operationId: c.operationId },
      parameters: {},
      authentication: "@parameters('$authentication')",
    },
    runAfter: {},
  });
  const triggers: Record<string, unknown> = {};
  const actions: Record<string, unknown> = {};
  for (const c of f.calls) {
    if (c.isTrigger) {
      triggers[c.actionName] = step(c);
      continue;
    }
    const inner = { [c.actionName]: step(c) };
    if (c.nestIn === "Scope") actions[`Scope_${c.actionName}`] = { type: "Scope", actions: inner, runAfter: {} };
    else if (c.nestIn === "Foreach")
      actions[`Apply_to_each_${c.actionName}`] = { type: "Foreach", foreach: "@triggerBody()?['value']", actions: inner, runAfter: {} };
    else if (c.nestIn === "If")
      actions[`Condition_${c.actionName}`] = { type: "If", expression: { and: [] }, actions: {}, else: { actions: inner }, runAfter: {} };
    else if (c.nestIn === "Switch")
      actions[`Switch_${c.actionName}`] = {
        type: "Switch",
        expression: "@variables('kind')",
        cases: { Case: { case: "a", actions: inner } },
        default: { actions: {} },
        runAfter: {},
      };
    else actions[c.actionName] = step(c);
  }
  if (!Object.keys(triggers).length) triggers.manual = { type: "Request", kind: "Button", inputs: { schema: { type: "object", properties: {} } } };
  if (f.legacyCall) {
    actions.Legacy_call = {
      type: "ApiConnection",
      inputs: {
        host: { connection: { name: `@parameters('$connections')['${refKey.get(f.legacyCall.connector)}']['connectionId']` } },
        method: "get",
        path: "/legacy",
      },
      runAfter: {},
    };
  }
  const summaryEntry = (c: { connector: string; operationId: string }, type: string) => ({
    type,
    swaggerOperationId: c.operationId,
    metadata: { operationMetadataId: guid(c.operationId, 0), flowSystemMetadata: { swaggerOperationId: c.operationId } },
    api: {
      name: c.connector,
      id: `/providers/Microsoft.PowerApps/apis/${c.connector}`,
      type: "/providers/Microsoft.PowerApps/apis",
      properties: { displayName: c.connector, isCustomApi: true, tier: "Standard" },
    },
  });
  return {
    ...base,
    properties: {
      ...base.properties,
      connectionReferences: references,
      definition: {
        $schema: "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
        contentVersion: "1.0.0.0",
        parameters: { $connections: { defaultValue: {}, type: "Object" }, $authentication: { defaultValue: {}, type: "SecureObject" } },
        triggers,
        actions,
      },
      definitionSummary: {
        triggers: f.calls.filter((c) => c.isTrigger).map((c) => summaryEntry(c, "OpenApiConnectionWebhook")),
        actions: [
          ...f.calls.filter((c) => !c.isTrigger).map((c) => summaryEntry(c, "OpenApiConnection")),
          ...(f.legacyCall ? [summaryEntry(f.legacyCall, "ApiConnection")] : []),
        ],
      },
    },
  };
}

export type { StandInTenant };

/**
 * An environment's agents as the four Dataverse lists the sync reads (Web API shapes: `@odata.etag`, lookups as
 * `_x_value`, the intersect tables' own ids). One component per tool, one connection reference per connector used by
 * any agent of the environment, plus a topic component with no connection reference for each agent.
 */
export function renderDataverseTables(agents: StandInAgent[], expandOwner: boolean) {
  const references = new Map<string, string>();
  for (const a of agents) for (const connector of a.tools) if (!references.has(connector)) references.set(connector, guid(`cr:${connector}`, references.size));
  const etag = (i: number) => `W/"${4_800_000 + i}"`;
  const bots = agents.map((a, i) => ({
    "@odata.etag": etag(i),
    botid: a.id,
    name: a.name,
    schemaname: `cr8f1_${a.name.replace(/[^A-Za-z0-9]/g, "").toLowerCase()}`,
    statecode: a.statecode,
    statuscode: a.statecode === 0 ? 1 : 2,
    modifiedon: a.modifiedAt,
    _ownerid_value: guid(`su:${a.owner.id}`, 0),
    ...(expandOwner
      ? {
          owninguser: {
            azureactivedirectoryobjectid: a.owner.id,
            fullname: a.owner.displayName,
            internalemailaddress: a.owner.email,
            systemuserid: guid(`su:${a.owner.id}`, 0),
          },
        }
      : {}),
  }));
  const botComponents: unknown[] = [];
  const componentConnectionReferences: unknown[] = [];
  for (const a of agents) {
    const topic = guid(`topic:${a.id}`, 0);
    botComponents.push({ "@odata.etag": etag(botComponents.length), bot_botcomponentid: guid(`bbc:${topic}`, 0), botid: a.id, botcomponentid: topic });
    a.tools.forEach((connector, i) => {
      const component = guid(`tool:${a.id}`, i);
      botComponents.push({
        "@odata.etag": etag(botComponents.length),
        bot_botcomponentid: guid(`bbc:${component}`, 0),
        botid: a.id,
        botcomponentid: component,
      });
      const reference = references.get(connector)!;
      componentConnectionReferences.push({
        "@odata.etag": etag(componentConnectionReferences.length),
        botcomponent_connectionreferenceid: guid(`bcr:${component}`, 0),
        botcomponentid: component,
        connectionreferenceid: reference,
      });
    });
  }
  const connectionReferences = [...references.entries()].map(([connector, id], i) => ({
    "@odata.etag": etag(i),
    connectionreferenceid: id,
    connectionreferencelogicalname: `cr8f1_${connector.replace(/[^A-Za-z0-9]/g, "").slice(0, 40)}`,
    connectionreferencedisplayname: connector,
    connectorid: `/providers/Microsoft.PowerApps/apis/${connector}`,
    connectionid: guid(`conn:${connector}`, 0).replace(/-/g, ""),
    statecode: 0,
  }));
  return { bots, botComponents, componentConnectionReferences, connectionReferences };
}
