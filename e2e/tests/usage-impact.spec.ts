import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { HUB_URL, signInAs, type PersonaKey } from "../fixtures/sign-in.ts";

// Usage and impact (#20) on the seeded demo inventory: Tailwind Tickets (Maya's) is used by flows in two environments
// and by one Copilot Studio agent.
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
  await expect(usedBy.getByTestId("usage-totals")).toHaveText(/^\d+ flows, \d+ apps? and 1 agent of \d+ owners in 2 environments/);
  // A Copilot Studio agent whose tool uses the connector (#24): listed beside the flows and apps of its environment.
  const agents = usedBy.getByRole("table", { name: "Agents in Contoso (default)" });
  await expect(agents.getByRole("row", { name: /^Tailwind Tickets / })).toContainText("not exposed for agents");
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

// Near the end of the run (the files go in order): it revokes Fabrikam HR's seeded shares.
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
  const flows = dialog.getByRole("list", { name: "Flows, apps and agents of Maya Maker that stop" }).getByRole("listitem");
  await expect(flows.first()).toHaveText(/^Flow .*fabrikam hr \(\d+\) \(Contoso Sales\)/);
  await dialog.getByRole("button", { name: "Revoke" }).click();
  await expect(sharedWith).toContainText("Nobody yet");
});

// Kept last in the last spec file: the adopted connector adds one to the catalog that earlier specs count.
test("an administrator sees the connectors found in environments but not in the catalog and adopts one with a maker as its owner", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/governance");
  const list = page.getByRole("table", { name: /^Not catalogued \(\d+\)$/ });
  const before = Number((await list.locator("caption").innerText()).match(/\((\d+)\)/)![1]);
  const shipping = list.getByRole("row", { name: /Adventure Works Shipping/ });
  await expect(shipping).toContainText("Contoso Sales");
  await expect(shipping).toContainText("shipping.adventure-works.example");
  await expect(shipping).toContainText("Priya Patel");
  await expect(shipping).toContainText("1 flow, 0 apps");
  // Known from an import without definitions: it says what to do instead of offering the adoption.
  const timesheets = list.getByRole("row", { name: /Fabrikam Timesheets/ });
  await expect(timesheets).toContainText("No stored definition: run the inventory sync again, or import the file in the import wizard.");
  await expect(timesheets.getByRole("button")).toHaveCount(0);

  const form = page.getByRole("form", { name: "Adopt Adventure Works Shipping in Contoso Sales" });
  await form.getByRole("button", { name: /Adopt into the catalog/ }).click();
  await expect(form.getByRole("alert")).toHaveText("Choose the maker who will own the connector.");
  await form.getByLabel(/Owner/).selectOption({ label: "Omar Owens (omar.owens@contoso.example)" });
  const adopted = page.waitForResponse((r) => r.url().endsWith("/adoption") && r.request().method() === "POST");
  await form.getByRole("button", { name: /Adopt into the catalog/ }).click();
  const adoptionUrl = (await adopted).url();
  expect((await adopted).status()).toBe(201);
  await page.waitForURL(/\/connectors\/adventure-works-shipping/);
  const slug = new URL(page.url()).pathname.split("/")[2]!;
  await expect(page.getByRole("heading", { level: 1, name: "Adventure Works Shipping" })).toBeVisible();
  await expect(page.locator("dt", { hasText: /^Owner$/ }).locator("xpath=following-sibling::dd[1]")).toHaveText("Omar Owens");
  await expect(page.locator("dt", { hasText: /^Lifecycle$/ }).locator("xpath=following-sibling::dd[1]")).toHaveText("Draft");
  // Linked to the inventory, its page knows who uses it.
  await expect(page.getByRole("region", { name: "Used by" }).getByTestId("usage-totals")).toHaveText(/^1 flow, 0 apps and 0 agents of 1 owner /);

  await page.goto("/governance");
  await expect(page.getByRole("table", { name: `Not catalogued (${before - 1})` })).toBeVisible();
  await expect(page.getByRole("row", { name: /Adventure Works Shipping/ })).toHaveCount(0);

  // Adopting it again is refused, naming the catalog connector; a maker may not adopt at all.
  const again = await page.request.post(adoptionUrl, { headers: { origin: HUB_URL }, data: { ownerId: "x" } });
  expect(again.status()).toBe(409);
  expect(((await again.json()) as { error: { message: string } }).error.message).toBe(
    `Adventure Works Shipping is already in the catalog as /connectors/${slug}.`,
  );
  await signInAs(page, "maker");
  const byMaker = await page.request.post(adoptionUrl, { headers: { origin: HUB_URL }, data: { ownerId: "x" } });
  expect(byMaker.status()).toBe(403);
});
