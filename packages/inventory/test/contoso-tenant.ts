import { PERSONAS } from "@connector-hub/db/personas";
import { ordersDefinition } from "../src/stand-in/build-synthetic-tenant.ts";
import { StandInTenant, type StandInPerson } from "../src/stand-in/index.ts";

export const TENANT_ID = "7a1c0b7e-0000-4000-8000-0000000c0de0";
export const ENV = { default: `Default-${TENANT_ID}`, sales: "5ca1c616-6060-46ba-abc1-18d312f1cb3a", lab: "9b1d0000-6060-46ba-abc1-18d312f1cb3b" };
export const PEOPLE: Record<string, StandInPerson> = {
  // The hub's personas, by their Entra object ids: the inventory's owners are matched to hub users by oid.
  maya: { id: PERSONAS[0]!.oid, displayName: "Maya Maker", email: "maya@contoso.example" },
  omar: { id: PERSONAS[1]!.oid, displayName: "Omar Owens", email: "omar@contoso.example" },
  bea: { id: PERSONAS[2]!.oid, displayName: "Bea Builder", email: "bea@contoso.example" },
  zed: { id: "11111111-0000-4000-8000-00000000000d", displayName: "Zed Zhou", email: "zed@contoso.example" },
};
export const ORDERS_A = "shared_contoso-orders-5f0629412a7d1fe83e";
export const STOCK_A = "shared_contoso-stock-5f6f049093c9b7a698";
export const ORDERS_B = "shared_contoso-orders-7c3e55aa01d2b4f6e1";

export const AGENT = {
  orders: "b0700000-0000-4000-8000-0000000000a1",
  stock: "b0700000-0000-4000-8000-0000000000a2",
  sales: "b0700000-0000-4000-8000-0000000000a3",
  lab: "b0700000-0000-4000-8000-0000000000a4",
};

/**
 * Three environments (two pages of two), three custom connectors, eight flows, two apps, and four Copilot Studio agents:
 * two in the default environment's Dataverse, one in Sales', and one in Lab, whose Dataverse refuses the sync's app (403).
 */
export function buildContosoTenant(): StandInTenant {
  const t = new StandInTenant(TENANT_ID);
  t.addEnvironment({ name: ENV.default, displayName: "Contoso (default)", sku: "Default", isDefault: true, modifiedAt: "2026-10-01T08:00:00Z" });
  t.addEnvironment({ name: ENV.sales, displayName: "Sales", sku: "Production", isDefault: false, modifiedAt: "2026-10-02T08:00:00Z" });
  t.addEnvironment({ name: ENV.lab, displayName: "Lab", sku: "Sandbox", isDefault: false, modifiedAt: "2026-10-03T08:00:00Z", dataverse: "forbidden" });
  const orders = ordersDefinition("Contoso Orders", "orders.contoso.example");
  t.addConnector({
    env: ENV.default,
    name: ORDERS_A,
    displayName: "Contoso Orders",
    modifiedAt: "2026-10-05T08:00:00Z",
    createdBy: PEOPLE.maya!,
    definition: orders,
  });
  t.addConnector({
    env: ENV.default,
    name: STOCK_A,
    displayName: "Contoso Stock",
    modifiedAt: "2026-10-05T09:00:00Z",
    createdBy: PEOPLE.omar!,
    definition: ordersDefinition("Contoso Stock", "stock.contoso.example"),
  });
  t.addConnector({
    env: ENV.sales,
    name: ORDERS_B,
    displayName: "Contoso Orders",
    modifiedAt: "2026-10-06T08:00:00Z",
    createdBy: PEOPLE.maya!,
    definition: orders,
  });
  const flow = (env: string, n: number, who: string, calls: Parameters<StandInTenant["addFlow"]>[0]["calls"], extra = {}) =>
    t.addFlow({
      env,
      name: `f0000000-0000-4000-8000-00000000000${n}`,
      displayName: `Flow ${n}`,
      state: "Started",
      creatorOid: PEOPLE[who]!.id,
      modifiedAt: "2026-10-10T08:00:00Z",
      calls,
      ...extra,
    });
  flow(ENV.default, 1, "maya", [
    { connector: ORDERS_A, operationId: "OnOrderCreated", actionName: "When_an_order_is_created", isTrigger: true },
    { connector: ORDERS_A, operationId: "DeleteOrder", actionName: "Delete_the_order", nestIn: "Scope" },
    { connector: "shared_office365", operationId: "SendEmailV2", actionName: "Send_an_email" },
  ]);
  flow(ENV.default, 2, "omar", [{ connector: ORDERS_A, operationId: "DeleteOrder", actionName: "Delete_if_cancelled", nestIn: "If" }]);
  flow(ENV.default, 3, "maya", [{ connector: ORDERS_A, operationId: "GetOrder", actionName: "Get_each_order", nestIn: "Foreach" }]);
  flow(ENV.default, 4, "omar", [{ connector: STOCK_A, operationId: "GetOrder", actionName: "Get_stock" }], {
    legacyCall: { connector: ORDERS_A, operationId: "ListOrders" },
  });
  flow(ENV.default, 5, "bea", [{ connector: ORDERS_A, operationId: "DeleteOrder", actionName: "Delete_by_kind", nestIn: "Switch" }]);
  flow(ENV.sales, 6, "bea", [{ connector: ORDERS_B, operationId: "DeleteOrder", actionName: "Delete_order" }]);
  flow(ENV.sales, 7, "zed", [{ connector: ORDERS_B, operationId: "DeleteOrder", actionName: "Delete_order" }]);
  flow(ENV.sales, 8, "omar", [{ connector: ORDERS_B, operationId: "ListOrders", actionName: "List_orders" }]);
  t.addApp({
    env: ENV.default,
    name: "4d4bb961-eef9-4258-8516-aa8d64e6b477",
    displayName: "Order desk",
    owner: PEOPLE.maya!,
    modifiedAt: "2026-10-11T08:00:00Z",
    connectors: [ORDERS_A, "shared_office365users"],
  });
  t.addApp({
    env: ENV.sales,
    name: "4d4bb961-eef9-4258-8516-aa8d64e6b478",
    displayName: "Sales orders",
    owner: PEOPLE.zed!,
    modifiedAt: "2026-10-11T09:00:00Z",
    connectors: [ORDERS_B],
  });
  const agent = (env: string, id: string, name: string, who: string, tools: string[], statecode: 0 | 1 = 0) =>
    t.addAgent({ env, id, name, owner: PEOPLE[who]!, modifiedAt: "2026-10-12T08:00:00Z", statecode, tools });
  agent(ENV.default, AGENT.orders, "Order assistant", "omar", [ORDERS_A, "shared_office365"]);
  agent(ENV.default, AGENT.stock, "Stock helper", "bea", [STOCK_A], 1);
  agent(ENV.sales, AGENT.sales, "Sales copilot", "zed", [ORDERS_B]);
  agent(ENV.lab, AGENT.lab, "Lab agent", "maya", [ORDERS_A]);
  return t;
}
