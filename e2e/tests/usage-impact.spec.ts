import { expect, test } from "@playwright/test";
import { signInAs, type PersonaKey } from "../fixtures/sign-in.ts";

// Usage and impact (#20) on the seeded demo inventory: Tailwind Tickets (Maya's) is used by flows in two environments.
// Version 2 drops GetTicket, which some of those flows call.
const VERSION_2 = JSON.stringify(
  {
    swagger: "2.0",
    info: { title: "Tailwind Tickets", description: "Tailwind Tickets for Contoso's flows and apps.", version: "2.0" },
    host: "tickets.contoso.example",
    basePath: "/api",
    schemes: ["https"],
    consumes: ["application/json"],
    produces: ["application/json"],
    paths: {
      "/tickets": {
        get: { operationId: "ListTickets", summary: "List tickets", description: "Lists the tickets.", responses: { "200": { description: "The tickets" } } },
        post: {
          operationId: "CreateTicket",
          summary: "Create a ticket",
          description: "Creates a ticket.",
          responses: { "200": { description: "The ticket" } },
        },
      },
    },
    securityDefinitions: { basic_auth: { type: "basic" } },
    security: [{ basic_auth: [] }],
  },
  null,
  2,
);
const NAMES: Record<string, PersonaKey> = { "Maya Maker": "maker", "Omar Owens": "maker2", "Bea Builder": "builder", "Ada Admin": "admin" };

test("a maker uploads a version that removes an operation flows call: the page names flows and owners, asks for a reason, audits it and tells the owners", async ({
  page,
}) => {
  await signInAs(page, "maker");
  await page.goto("/connectors/tailwind-tickets");
  const usedBy = page.getByRole("region", { name: "Used by" });
  await expect(usedBy.getByTestId("usage-totals")).toHaveText(/^\d+ flows and \d+ apps? of \d+ owners in 2 environments/);
  const perOperation = usedBy.getByRole("table", { name: "Flows per operation" });
  await expect(perOperation.getByRole("row", { name: /CreateTicket/ })).toContainText("unused");
  await expect(perOperation.getByRole("row", { name: /GetTicket/ })).not.toContainText("unused");

  await page.getByLabel("New version file").setInputFiles({ name: "apiDefinition.swagger.json", mimeType: "application/json", buffer: Buffer.from(VERSION_2) });
  await page.getByRole("button", { name: "Upload new version" }).click();
  const impact = page.getByTestId("breaking-impact");
  await expect(impact).toContainText("This version breaks flows in production:");
  await expect(impact).toContainText(/GetTicket removed: \d+ flows? of \d+ owners? in [12] environments?/);
  const flows = await impact.getByRole("listitem").allInnerTexts();
  expect(flows.length).toBeGreaterThan(0);
  for (const line of flows) expect(line).toMatch(/^.+ \(Contoso (\(default\)|Finance)\) — .+$/);
  const owners = [...new Set(flows.map((l) => l.split(" — ")[1]!))];
  const hubOwner = owners.find((o) => NAMES[o] && NAMES[o] !== "maker");

  // Saving asks for a reason first.
  await page.getByRole("button", { name: "Acknowledge and save" }).click();
  await expect(page.getByRole("status")).toHaveCount(0);
  await page.getByLabel(/Why should it ship anyway/).fill("GetTicket moves to the v2 search endpoint; the CAB agreed.");
  await page.getByRole("button", { name: "Acknowledge and save" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Version 2 saved: 0 errors, \d+ breaking changes\.$/);

  await signInAs(page, "admin");
  await page.goto("/admin/audit?connector=tailwind-tickets");
  const row = page.getByTestId("audit-row").filter({ hasText: "acknowledged breaking changes that reach flows" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("GetTicket moves to the v2 search endpoint; the CAB agreed.");
  await expect(row).toContainText(/GetTicket removed: \d+ flows?/);

  expect(hubOwner, `an owner among ${owners.join(", ")} who uses the hub`).toBeDefined();
  await signInAs(page, NAMES[hubOwner!]!);
  await page.goto("/notifications");
  await expect(page.getByText(/Tailwind Tickets version 2 breaks (your flow|\d+ of your flows): /)).toBeVisible();
});
