import { StandInTenant, type StandInCall, type StandInPerson } from "./tenant.ts";

export interface SyntheticTenantOptions {
  environments: number;
  connectors: number;
  flows: number;
  apps: number;
  people?: number;
}

const OPERATIONS = ["ListOrders", "GetOrder", "CreateOrder", "UpdateOrder", "DeleteOrder"] as const;
const pad = (n: number, w = 12) => n.toString(16).padStart(w, "0");
const uuid = (kind: number, n: number) => `${pad(kind, 8)}-0000-4000-8000-${pad(n)}`;

/** An OpenAPI 2.0 definition of an orders API with the five operations and a webhook trigger. */
export function ordersDefinition(title: string, host: string) {
  const op = (operationId: string, summary: string) => ({ operationId, summary, responses: { "200": { description: "OK" } } });
  return {
    swagger: "2.0",
    info: { title, version: "1.0", description: `${title} API` },
    host,
    basePath: "/v1",
    schemes: ["https"],
    paths: {
      "/orders": { get: op("ListOrders", "List orders"), post: op("CreateOrder", "Create an order") },
      "/orders/{id}": {
        get: op("GetOrder", "Get an order"),
        patch: op("UpdateOrder", "Update an order"),
        delete: op("DeleteOrder", "Delete an order"),
        parameters: [{ name: "id", in: "path", required: true, type: "string" }],
      },
      "/hooks": { post: { ...op("OnOrderCreated", "When an order is created"), "x-ms-trigger": "single" } },
    },
  };
}

/**
 * A deterministic synthetic tenant for the benchmark: connectors, apps and flows spread evenly over the
 * environments, each flow calling one to three operations of its environment's custom connectors (some nested in
 * Scope / If / Foreach / Switch, one in twenty through a legacy ApiConnection action).
 */
export function buildSyntheticTenant(options: SyntheticTenantOptions): StandInTenant {
  const tenant = new StandInTenant("00000000-0000-4000-8000-00000000aaaa");
  const people: StandInPerson[] = Array.from({ length: options.people ?? 500 }, (_, i) => ({
    id: uuid(1, i),
    displayName: `Maker ${i}`,
    email: `maker${i}@contoso.example`,
  }));
  const envNames: string[] = [];
  for (let e = 0; e < options.environments; e++) {
    const name = e === 0 ? `Default-${tenant.tenantId}` : uuid(2, e);
    envNames.push(name);
    tenant.addEnvironment({
      name,
      displayName: `Environment ${e}`,
      sku: e === 0 ? "Default" : e % 3 === 0 ? "Sandbox" : "Production",
      isDefault: e === 0,
      modifiedAt: "2026-11-01T08:00:00.0000000Z",
    });
  }
  const connectorsByEnv = new Map<string, string[]>();
  for (let c = 0; c < options.connectors; c++) {
    const env = envNames[c % envNames.length]!;
    const name = `shared_orders-${c}-5f0629412a7d1fe83e`;
    connectorsByEnv.set(env, [...(connectorsByEnv.get(env) ?? []), name]);
    // Fifty APIs, each deployed as a custom connector in many environments (as organizations do): the impact query
    // for one catalog connector then spans its copies across environments.
    const api = c % 50;
    tenant.addConnector({
      env,
      name,
      displayName: `Orders ${api}`,
      modifiedAt: "2026-11-02T08:00:00.0000000Z",
      createdBy: people[c % people.length]!,
      definition: ordersDefinition(`Orders ${api}`, `orders${api}.contoso.example`),
    });
  }
  const nests = [undefined, "Scope", "If", "Foreach", "Switch"] as const;
  for (let f = 0; f < options.flows; f++) {
    const env = envNames[f % envNames.length]!;
    const available = connectorsByEnv.get(env) ?? [];
    const calls: StandInCall[] = [];
    const count = available.length ? 1 + (f % 3) : 0;
    // i counts this environment's flows: spreads calls over its connectors and all five operations.
    const i = Math.floor(f / envNames.length);
    for (let k = 0; k < count; k++) {
      const connector = available[(i + k) % available.length]!;
      const operationId = OPERATIONS[(i * 3 + k * 2 + Math.floor(i / Math.max(1, available.length))) % OPERATIONS.length]!;
      calls.push({ connector, operationId, actionName: `Call_${k}`, nestIn: nests[(i + k) % nests.length] });
    }
    calls.push({ connector: "shared_office365", operationId: "SendEmailV2", actionName: "Send_an_email" });
    tenant.addFlow({
      env,
      name: uuid(3, f),
      displayName: `Flow ${f}`,
      state: f % 17 === 0 ? "Stopped" : "Started",
      creatorOid: people[f % people.length]!.id,
      modifiedAt: "2026-11-03T08:00:00Z",
      calls,
      ...(f % 20 === 0 && available.length ? { legacyCall: { connector: available[0]!, operationId: "ListOrders" } } : {}),
    });
  }
  for (let a = 0; a < options.apps; a++) {
    const env = envNames[a % envNames.length]!;
    const available = connectorsByEnv.get(env) ?? [];
    tenant.addApp({
      env,
      name: uuid(4, a),
      displayName: `App ${a}`,
      owner: people[a % people.length]!,
      modifiedAt: "2026-11-04T08:00:00Z",
      connectors: [...available.slice(0, 1), "shared_office365users"],
    });
  }
  return tenant;
}
