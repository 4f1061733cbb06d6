import type { Db } from "../client.ts";
import { DEMO_ICON_PNG } from "./demo-icon.ts";
import { assignPlan, createDefaultDlpPolicy, createDemoConnector, createEnvironment, createLicencePlans, createUser } from "./factories.ts";
import { PERSONAS } from "./personas.ts";
import { createSharingRequest } from "../sharing/create-sharing-request.ts";
import { seedCorpusConnectors } from "./seed-corpus-connectors.ts";
import { seedPublishedConnectors } from "../published/seed-published-connectors.ts";
import type { DemoConnectorSpec } from "./demo-definitions.ts";
import { formatActorLabel } from "../audit/format-actor-label.ts";
import { seedDemoInventory } from "./seed-demo-inventory.ts";

const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun.toLowerCase()}`;
const crud = (noun: string, plural: string) => [
  { id: `List${plural}`, method: "get" as const, path: `/${plural.toLowerCase()}`, summary: `List ${plural.toLowerCase()}` },
  { id: `Get${noun}`, method: "get" as const, path: `/${plural.toLowerCase()}/{id}`, summary: `Get ${withArticle(noun)}` },
  { id: `Create${noun}`, method: "post" as const, path: `/${plural.toLowerCase()}`, summary: `Create ${withArticle(noun)}` },
];

const spec = (s: Partial<DemoConnectorSpec> & Pick<DemoConnectorSpec, "title" | "host" | "auth" | "operations">): DemoConnectorSpec => ({
  description: `${s.title} for Contoso's flows and apps.`,
  basePath: "/api",
  scheme: "https",
  brandColor: "#0078d4",
  publisher: "Contoso IT",
  ...s,
});

/** True when the database holds no users yet: `npm start` seeds only then, so a second run keeps its data. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  return (await db.user.count()) === 0;
}

/** The demo tenant: personas, environments, licence plans, a default DLP policy and connectors of every kind. */
export async function seedDemoData(db: Db) {
  const users = Object.fromEntries(await Promise.all(PERSONAS.map(async (p) => [p.key, await createUser(db, p)] as const)));
  const maker = users.maker!,
    maker2 = users.maker2!,
    builder = users.builder!,
    admin = users.admin!;
  const prod = await createEnvironment(db, "contoso-production", "PRODUCTION");
  const teams = await createEnvironment(db, "contoso-teams", "TEAMS");
  await createLicencePlans(db);
  await assignPlan(db, "POWER_AUTOMATE_PREMIUM", { userId: maker.id });
  await assignPlan(db, "POWER_APPS_PREMIUM", { userId: maker2.id });
  await assignPlan(db, "MICROSOFT_365", { userId: builder.id });
  await assignPlan(db, "POWER_AUTOMATE_PREMIUM", { userId: admin.id });
  const finance = await db.group.create({
    data: {
      tenantId: maker.tenantId,
      objectId: "0f1e2d3c-0000-4000-8000-0000000f0001",
      displayName: "Finance team",
      members: { create: [{ userId: builder.id }, { userId: maker.id }] },
    },
  });
  await createDefaultDlpPolicy(db);

  const invoices = await createDemoConnector(db, {
    slug: "contoso-invoices",
    ownerId: maker.id,
    environmentId: prod.id,
    scope: "ORGANIZATION",
    lifecycle: "PUBLISHED",
    icon: DEMO_ICON_PNG,
    spec: spec({ title: "Contoso Invoices", host: "invoices.contoso.example", auth: "apiKey", brandColor: "#107c10", operations: crud("Invoice", "Invoices") }),
  });
  const hr = await createDemoConnector(db, {
    slug: "fabrikam-hr",
    ownerId: maker2.id,
    environmentId: prod.id,
    scope: "USERS",
    lifecycle: "PUBLISHED",
    dataSensitivity: "CONFIDENTIAL",
    spec: spec({
      title: "Fabrikam HR",
      host: "hr.fabrikam.example",
      auth: "aad",
      brandColor: "#5c2d91",
      publisher: "Fabrikam",
      operations: [
        ...crud("Employee", "Employees"),
        { id: "OnEmployeeHired", method: "post", path: "/subscriptions", summary: "When an employee is hired", trigger: "webhook" },
      ],
    }),
  });
  await createDemoConnector(db, {
    slug: "northwind-erp",
    ownerId: maker.id,
    environmentId: prod.id,
    hosting: "ON_PREMISES",
    gatewayName: "Northwind gateway",
    lifecycle: "DRAFT",
    icon: DEMO_ICON_PNG,
    spec: spec({
      title: "Northwind ERP",
      host: "erp.northwind.local",
      scheme: "http",
      auth: "windows",
      brandColor: "#a4262c",
      operations: crud("Order", "Orders"),
    }),
  });
  await createDemoConnector(db, {
    slug: "public-holidays",
    ownerId: maker2.id,
    environmentId: teams.id,
    scope: "PUBLIC",
    lifecycle: "PUBLISHED",
    dataSensitivity: "PUBLIC",
    icon: DEMO_ICON_PNG,
    spec: spec({
      title: "Public Holidays",
      host: "holidays.azurewebsites.net",
      auth: "none",
      brandColor: "#ca5010",
      publisher: "Contoso Community",
      operations: [
        { id: "ListHolidays", method: "get", path: "/holidays", summary: "List public holidays" },
        { id: "OnNewHoliday", method: "get", path: "/holidays/new", summary: "When a holiday is announced", trigger: "polling" },
      ],
    }),
  });
  await createDemoConnector(db, {
    slug: "tailwind-tickets",
    ownerId: maker.id,
    environmentId: prod.id,
    lifecycle: "IN_REVIEW",
    spec: spec({ title: "Tailwind Tickets", host: "tickets.contoso.example", auth: "basic", brandColor: "#038387", operations: crud("Ticket", "Tickets") }),
  });
  const testConnector = await createDemoConnector(db, {
    slug: "test-weather-omar",
    ownerId: maker2.id,
    environmentId: prod.id,
    scope: "ORGANIZATION",
    lifecycle: "DEPRECATED",
    dataSensitivity: "PUBLIC",
    spec: spec({
      title: "Test Weather (Omar)",
      host: "weather.example.net",
      auth: "none",
      publisher: "Omar Owens",
      operations: [{ id: "GetForecast", method: "get", path: "/forecast/{city}", summary: "Get the forecast for a city" }],
    }),
  });
  await createDemoConnector(db, {
    slug: "legacy-fax",
    ownerId: maker.id,
    environmentId: prod.id,
    lifecycle: "RETIRED",
    spec: spec({
      title: "Legacy Fax Gateway",
      host: "fax.contoso.example",
      auth: "basic",
      brandColor: "#69797e",
      operations: [{ id: "SendFax", method: "post", path: "/faxes", summary: "Send a fax" }],
    }),
  });

  await db.share.createMany({
    data: [
      { connectorId: invoices.id, principalType: "ORGANIZATION", permission: "CAN_VIEW", grantedById: admin.id },
      { connectorId: hr.id, principalType: "GROUP", groupId: finance.id, permission: "CAN_VIEW", grantedById: admin.id },
      { connectorId: hr.id, principalType: "USER", userId: maker.id, permission: "CAN_EDIT", grantedById: admin.id },
      { connectorId: testConnector.id, principalType: "ORGANIZATION", permission: "CAN_VIEW", grantedById: maker2.id },
    ],
  });
  // One request waiting in the administrators' queue, so the review screens have something to show on a fresh start.
  await createSharingRequest(db, {
    actor: { id: maker2.id, roles: maker2.roles, label: formatActorLabel(maker2) },
    input: {
      connectorSlug: hr.slug,
      target: { scope: "ORGANIZATION" },
      dataSensitivity: "CONFIDENTIAL",
      secretHandling: "Each user signs in with their own Entra ID account; no shared secret leaves the app registration.",
      supportDetails: {
        businessJustification: "Managers across the company approve leave in flows and need employee data.",
        impact: "About 400 managers; read-only access to employee records.",
        accessManagement: "Access follows the HR system's own permissions per signed-in user.",
        dependencies: "Fabrikam HR API v2",
        conditionsOfUse: "Internal use only; no export of personal data.",
        mitigationPlan: "Revoke the share and rotate the app registration's secret.",
      },
    },
  });
  // Certification (#21): Contoso Invoices went through Microsoft's review once with changes asked and was merged;
  // Fabrikam HR is in review now. Days before the seed, so the dashboard's medians have something to show.
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
  const pullRequest = (n: number) => `https://github.com/microsoft/PowerPlatformConnectors/pull/${n}`;
  await db.certificationEvent.createMany({
    data: [
      { connectorId: invoices.id, state: "SUBMITTED", effectiveAt: daysAgo(48), pullRequestUrl: pullRequest(3812), recordedById: maker.id },
      { connectorId: invoices.id, state: "IN_REVIEW", effectiveAt: daysAgo(44), pullRequestUrl: pullRequest(3812), recordedById: maker.id },
      {
        connectorId: invoices.id,
        state: "CHANGES_REQUESTED",
        effectiveAt: daysAgo(37),
        pullRequestUrl: pullRequest(3812),
        note: "The reviewer asked for a test account and a Known issues section in the readme.",
        recordedById: maker.id,
      },
      { connectorId: invoices.id, state: "SUBMITTED", effectiveAt: daysAgo(30), pullRequestUrl: pullRequest(3812), recordedById: maker.id },
      { connectorId: invoices.id, state: "IN_REVIEW", effectiveAt: daysAgo(27), pullRequestUrl: pullRequest(3812), recordedById: maker.id },
      {
        connectorId: invoices.id,
        state: "MERGED",
        effectiveAt: daysAgo(19),
        pullRequestUrl: pullRequest(3812),
        note: "Deployed by Microsoft.",
        recordedById: admin.id,
      },
      { connectorId: hr.id, state: "SUBMITTED", effectiveAt: daysAgo(9), pullRequestUrl: pullRequest(4057), recordedById: maker2.id },
      { connectorId: hr.id, state: "IN_REVIEW", effectiveAt: daysAgo(6), pullRequestUrl: pullRequest(4057), recordedById: maker2.id },
    ],
  });
  // Real published connectors (findings, second versions with breaking changes), owned by the integration team, an
  // account nobody signs in with, so the personas' own connectors and licence caps stay as they are.
  const team = await createUser(db, { displayName: "Contoso Integration Team", upn: "integration.team@contoso.example", roles: ["Hub.Maker"] });
  const corpus = await seedCorpusConnectors(db, { owner: { id: team.id, label: formatActorLabel(team), roles: team.roles }, environmentId: prod.id });
  const published = await seedPublishedConnectors(db);
  // Usage and impact (#20): the environments' apps and flows that use these connectors.
  const inventory = await seedDemoInventory(db);
  return { users, environments: { prod, teams }, groups: { finance }, corpus, published, inventory };
}
