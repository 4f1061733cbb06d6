import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
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

// Last in this file and in the run (the files go in order): it revokes Fabrikam HR's seeded shares.
test("the owner sees who loses access and which of their flows stop before revoking a share, cancels, then revokes", async ({ page }) => {
  await signInAs(page, "maker2");
  await page.goto("/connectors/fabrikam-hr");
  const sharedWith = page.getByRole("region", { name: "Shared with" });

  // Maya is also in the Finance team: revoking her own share takes nothing from her.
  await sharedWith.getByRole("button", { name: "Revoke access for Maya Maker" }).click();
  let dialog = page.getByRole("alertdialog", { name: "Revoke access for Maya Maker?" });
  await expect(dialog).toBeFocused();
  await expect(dialog.getByTestId("revocation-summary")).toHaveText("Nobody loses access: everyone this share reaches keeps access another way.");
  await expect(dialog).toContainText("1 person it reaches keeps access another way");
  const violations = await new AxeBuilder({ page }).include('[role="alertdialog"]').withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(sharedWith.getByRole("button", { name: "Revoke access for Maya Maker" })).toBeFocused();

  // The Finance team's share: Bea loses access, Maya (a member with a share of her own) does not.
  await sharedWith.getByRole("button", { name: "Revoke access for Finance team" }).click();
  dialog = page.getByRole("alertdialog", { name: "Revoke access for Finance team?" });
  await expect(dialog).toBeFocused();
  await expect(dialog.getByTestId("revocation-summary")).toHaveText(/^1 person loses access; /);
  await expect(dialog.getByRole("list", { name: "Who loses access" }).locator(":scope > li")).toHaveText([/^Bea Builder \(bea\.builder@contoso\.example\)/]);
  await expect(dialog).toContainText("1 other person it reaches keeps access another way");
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(sharedWith).toContainText("Finance team · Can view");

  await sharedWith.getByRole("button", { name: "Revoke access for Finance team" }).click();
  await dialog.getByRole("button", { name: "Revoke" }).click();
  await expect(sharedWith).not.toContainText("Finance team");

  // Now Maya's share is her only way in: she loses access, and her flow in Contoso Sales stops.
  await sharedWith.getByRole("button", { name: "Revoke access for Maya Maker" }).click();
  dialog = page.getByRole("alertdialog", { name: "Revoke access for Maya Maker?" });
  await expect(dialog.getByTestId("revocation-summary")).toHaveText(/^1 person loses access; \d+ of their flows.* in 1 environment stops?\.$/);
  const flows = dialog.getByRole("list", { name: "Flows and apps of Maya Maker that stop" }).getByRole("listitem");
  await expect(flows.first()).toHaveText(/^Flow .*fabrikam hr \(\d+\) \(Contoso Sales\)/);
  await dialog.getByRole("button", { name: "Revoke" }).click();
  await expect(sharedWith).toContainText("Nobody yet");
});
