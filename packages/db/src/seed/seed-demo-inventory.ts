import type { Db } from "../client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { PERSONAS } from "./personas.ts";

// The demo tenant's inventory (#20, #24): three environments with flows, apps and Copilot Studio agents using the demo
// connectors (and the sample API's, when registered), as a sync would leave it, so a fresh `npm start` shows "Used by"
// and impact checks.

const TENANT = "Default-1e85c0de-0000-4000-8000-000000000020";
const ENVIRONMENTS = [
  { name: TENANT, displayName: "Contoso (default)", sku: "Default", isDefault: true },
  { name: "5ca1c616-6060-46ba-abc1-18d312f1cb3a", displayName: "Contoso Sales", sku: "Production", isDefault: false },
  { name: "9b1d0000-6060-46ba-abc1-18d312f1cb3b", displayName: "Contoso Finance", sku: "Production", isDefault: false },
];
const OUTSIDERS = [
  { oid: "b2f0c3d2-0000-4000-8000-00000000b001", displayName: "Zed Zhou", email: "zed.zhou@contoso.example" },
  { oid: "b2f0c3d2-0000-4000-8000-00000000b002", displayName: "Priya Patel", email: "priya.patel@contoso.example" },
  { oid: "b2f0c3d2-0000-4000-8000-00000000b003", displayName: "Lars Larsen", email: "lars.larsen@contoso.example" },
];
const PEOPLE = [...PERSONAS.map((p) => ({ oid: p.oid, displayName: p.displayName, email: p.upn })), ...OUTSIDERS];
const PLAN: { slug: string; envs: number[]; flows: number; apps: number; agents?: number }[] = [
  { slug: "contoso-invoices", envs: [0, 1, 2], flows: 14, apps: 4, agents: 2 },
  { slug: "tailwind-tickets", envs: [0, 2], flows: 10, apps: 2, agents: 1 },
  { slug: "fabrikam-hr", envs: [1], flows: 6, apps: 2 },
  { slug: "public-holidays", envs: [0, 1], flows: 6, apps: 1 },
];
const FLOW_VERBS = ["Daily", "Weekly", "Notify on", "Archive", "Sync", "Escalate", "Report on", "Approve"];
const AGENT_NAMES = ["assistant", "helpdesk agent", "copilot"];
const pad = (n: number) => n.toString(16).padStart(12, "0");

/**
 * Writes the demo inventory into an empty one, and adds the connectors it lacks to a demo inventory written before
 * (the sample API's connectors are registered after the seed: `npm start` calls this again then). A real inventory
 * (any sync or import) is never touched. Returns how many flows, apps and agents it wrote.
 */
export async function seedDemoInventory(db: Db): Promise<{ flows: number; apps: number; agents: number }> {
  let run = await db.inventorySyncRun.findFirst({ where: { source: "seed" } });
  if (!run) {
    if ((await db.inventoryEnvironment.count()) > 0) return { flows: 0, apps: 0, agents: 0 };
    run = await db.inventorySyncRun.create({ data: { source: "seed", status: "succeeded", finishedAt: new Date(), progress: { phase: "done" } } });
    await db.inventoryEnvironment.createMany({
      data: ENVIRONMENTS.map((e, i) => ({
        ...e,
        region: "europe",
        modifiedAt: new Date("2026-11-01T08:00:00Z"),
        instanceUrl: `https://orgc0de${i}.crm4.dynamics.com/`,
        lastSeenRunId: run!.id,
      })),
    });
  }
  const runId = run.id;
  const samples = await db.connector.findMany({ where: { isSample: true }, select: { slug: true } });
  const plan = [...PLAN, ...samples.map((s, i) => ({ slug: s.slug, envs: [i % 3], flows: 2, apps: 0, agents: 1 }))];
  const [flowsBefore, appsBefore, agentsBefore] = await Promise.all([
    db.inventoryResource.count({ where: { kind: "FLOW" } }),
    db.inventoryResource.count({ where: { kind: "APP" } }),
    db.inventoryResource.count({ where: { kind: "AGENT" } }),
  ]);
  let flowNo = flowsBefore;
  let appNo = appsBefore;
  let agentNo = agentsBefore;
  for (const item of plan) {
    const connector = await db.connector.findUnique({
      where: { slug: item.slug },
      include: { versions: { orderBy: { number: "desc" }, take: 1, include: { operations: { select: { operationId: true, kind: true } } } } },
    });
    const version = connector?.versions[0];
    if (!connector || !version || (await db.inventoryConnector.count({ where: { catalogConnectorId: connector.id } })) > 0) continue;
    // Creating operations last, so the one left unused is a Create... (the order of the rows is not the definition's).
    const actions = version.operations
      .filter((o) => o.kind === "ACTION")
      .map((o) => o.operationId)
      .sort((a, b) => Number(a.startsWith("Create")) - Number(b.startsWith("Create")) || a.localeCompare(b));
    // The last action stays unused, so the page shows what "unused" looks like.
    const used = actions.length > 1 ? actions.slice(0, -1) : actions;
    const host = connector.host.toLowerCase();
    for (const [k, envIndex] of item.envs.entries()) {
      const env = ENVIRONMENTS[envIndex]!;
      const name = `shared_${connector.slug}-${pad(k + 1).slice(-10)}`.toLowerCase();
      await db.inventoryConnector.create({
        data: {
          environmentName: env.name,
          name,
          displayName: connector.title,
          host,
          basePath: connector.basePath,
          createdByName: "Contoso IT",
          modifiedAt: version.createdAt,
          definition: version.definition as Prisma.InputJsonValue,
          operationIds: version.operations.map((o) => o.operationId),
          catalogConnectorId: connector.id,
          lastSeenRunId: runId,
        },
      });
      const flows = Math.ceil(item.flows / item.envs.length);
      for (let f = 0; f < flows; f++) {
        const owner = PEOPLE[(flowNo + f) % PEOPLE.length]!;
        const ops = used.length ? [used[f % used.length]!, ...(f % 3 === 0 && used.length > 1 ? [used[(f + 1) % used.length]!] : [])] : [];
        flowNo += 1;
        await db.inventoryResource.create({
          data: {
            kind: "FLOW",
            environmentName: env.name,
            name: `f1000000-0000-4000-8000-${pad(flowNo)}`,
            displayName: `${FLOW_VERBS[flowNo % FLOW_VERBS.length]} ${connector.title.toLowerCase()} (${flowNo})`,
            state: flowNo % 11 === 0 ? "Stopped" : "Started",
            ownerOid: owner.oid,
            modifiedAt: new Date(Date.UTC(2026, 9, 1 + (flowNo % 28), 9)),
            lastSeenRunId: runId,
            usages: {
              create: [
                ...ops.map((operationId, i) => ({ environmentName: env.name, connectorName: name, operationId, actionName: `${operationId}_${i + 1}` })),
                { environmentName: env.name, connectorName: "shared_office365", operationId: "SendEmailV2", actionName: "Send_an_email" },
              ],
            },
          },
        });
      }
      const apps = Math.ceil(item.apps / item.envs.length);
      for (let a = 0; a < apps; a++) {
        const owner = PEOPLE[(appNo * 2 + 1) % PEOPLE.length]!;
        appNo += 1;
        await db.inventoryResource.create({
          data: {
            kind: "APP",
            environmentName: env.name,
            name: `a1000000-0000-4000-8000-${pad(appNo)}`,
            displayName: `${connector.title} desk ${appNo}`,
            ownerOid: owner.oid,
            ownerName: owner.displayName,
            ownerEmail: owner.email,
            modifiedAt: new Date(Date.UTC(2026, 10, 1 + appNo, 10)),
            lastSeenRunId: runId,
            usages: {
              create: [
                { environmentName: env.name, connectorName: name },
                { environmentName: env.name, connectorName: "shared_office365users" },
              ],
            },
          },
        });
      }
      // Copilot Studio agents whose tools use the connector, in its first environment (a sync reads them from Dataverse).
      for (let a = 0; k === 0 && a < (item.agents ?? 0); a++) {
        const owner = PEOPLE[(agentNo * 3 + 2) % PEOPLE.length]!;
        agentNo += 1;
        await db.inventoryResource.create({
          data: {
            kind: "AGENT",
            environmentName: env.name,
            name: `b1000000-0000-4000-8000-${pad(agentNo)}`,
            displayName: `${connector.title} ${AGENT_NAMES[agentNo % AGENT_NAMES.length]}`,
            state: "Active",
            ownerOid: owner.oid,
            ownerName: owner.displayName,
            ownerEmail: owner.email,
            modifiedAt: new Date(Date.UTC(2026, 10, 10 + (agentNo % 15), 11)),
            lastSeenRunId: runId,
            usages: { create: [{ environmentName: env.name, connectorName: name }] },
          },
        });
      }
    }
  }
  // Found in an environment, not in the catalog: the dashboard's "not catalogued" list.
  const shipping = { environmentName: ENVIRONMENTS[1]!.name, name: "shared_adventure-works-shipping-5f0629412a" };
  if (!(await db.inventoryConnector.findUnique({ where: { environmentName_name: shipping } })))
    await db.inventoryConnector.create({
      data: {
        environmentName: ENVIRONMENTS[1]!.name,
        name: "shared_adventure-works-shipping-5f0629412a",
        displayName: "Adventure Works Shipping",
        host: "shipping.adventure-works.example",
        basePath: "/v2",
        createdByOid: OUTSIDERS[1]!.oid,
        createdByName: OUTSIDERS[1]!.displayName,
        modifiedAt: new Date("2026-10-20T08:00:00Z"),
        definition: {
          swagger: "2.0",
          info: { title: "Adventure Works Shipping", description: "Book and track shipments with Adventure Works.", version: "2.0" },
          host: "shipping.adventure-works.example",
          basePath: "/v2",
          schemes: ["https"],
          paths: {
            "/shipments": {
              post: {
                operationId: "CreateShipment",
                summary: "Book a shipment",
                description: "Books a shipment.",
                responses: { "200": { description: "Booked" } },
              },
            },
          },
        },
        operationIds: ["CreateShipment"],
        lastSeenRunId: runId,
      },
    });
  // A flow of someone outside the hub books shipments with it (the list's "Used by").
  const shippingFlow = { kind: "FLOW" as const, environmentName: shipping.environmentName, name: "f2000000-0000-4000-8000-000000000001" };
  if (!(await db.inventoryResource.findUnique({ where: { kind_environmentName_name: shippingFlow } })))
    await db.inventoryResource.create({
      data: {
        ...shippingFlow,
        displayName: "Book shipments for new orders",
        state: "Started",
        ownerOid: OUTSIDERS[1]!.oid,
        modifiedAt: new Date("2026-10-22T08:00:00Z"),
        lastSeenRunId: runId,
        usages: {
          create: [{ environmentName: shipping.environmentName, connectorName: shipping.name, operationId: "CreateShipment", actionName: "Book_a_shipment" }],
        },
      },
    });
  // Known from a CoE Starter Kit import only: no definition, so it cannot be adopted as it is.
  const timesheets = { environmentName: ENVIRONMENTS[2]!.name, name: "shared_fabrikam-timesheets-77ab01c3e9" };
  if (!(await db.inventoryConnector.findUnique({ where: { environmentName_name: timesheets } })))
    await db.inventoryConnector.create({
      data: {
        ...timesheets,
        displayName: "Fabrikam Timesheets",
        host: "timesheets.fabrikam.example",
        createdByOid: OUTSIDERS[2]!.oid,
        createdByName: OUTSIDERS[2]!.displayName,
        modifiedAt: new Date("2026-09-14T08:00:00Z"),
        operationIds: [],
        lastSeenRunId: runId,
      },
    });
  if (flowNo === flowsBefore && appNo === appsBefore && agentNo === agentsBefore) return { flows: 0, apps: 0, agents: 0 };
  // What the governance page shows for this run: the demo tenant's contents, as a sync would report them.
  const [environments, connectors, apps, flows, agents] = await Promise.all([
    db.inventoryEnvironment.count({ where: { deletedAt: null } }),
    db.inventoryConnector.count({ where: { deletedAt: null } }),
    db.inventoryResource.count({ where: { kind: "APP", deletedAt: null } }),
    db.inventoryResource.count({ where: { kind: "FLOW", deletedAt: null } }),
    db.inventoryResource.count({ where: { kind: "AGENT", deletedAt: null } }),
  ]);
  await db.inventorySyncRun.update({
    where: { id: runId },
    data: { progress: { phase: "done", environmentsDone: environments, environmentsTotal: environments, connectors, apps, flows, agents } },
  });
  return { flows: flowNo - flowsBefore, apps: appNo - appsBefore, agents: agentNo - agentsBefore };
}
