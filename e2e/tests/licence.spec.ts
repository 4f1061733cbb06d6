import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signInAs } from "../fixtures/sign-in.ts";

test("My licence shows the maker's plan and the count against the cap", async ({ page }) => {
  await signInAs(page, "maker");
  await page.goto("/licence");
  await expect(page.getByTestId("my-plan")).toContainText("Power Automate Premium");
  await expect(page.getByTestId("verdict-create")).toContainText(/Yes — You own \d+ of 50/);
});

test("a builder with only Microsoft 365 learns why they cannot use a connector and which plan would change it", async ({ page }) => {
  await signInAs(page, "builder");
  await page.goto("/licence");
  await page.getByLabel("Connector").selectOption({ label: "Contoso Invoices" });
  await page.getByRole("button", { name: "Check" }).click();
  const use = page.getByTestId("verdict-use");
  await expect(use).toContainText("No");
  await expect(use).toContainText("Decided by Microsoft 365 / Office 365");
  await expect(use.locator('[title="Rule plan.not_included"]')).toBeAttached();
  await expect(use).toContainText("would change it");
});

test("an administrator checks a group and a CSV of users against a connector", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/licences");
  const checker = page.getByRole("form", { name: "Eligibility checker" });
  // Check with nothing chosen says what to choose, instead of doing nothing.
  await checker.getByRole("button", { name: "Check eligibility" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Choose a connector and at least one person or a group" })).toBeVisible();

  await checker.getByLabel("Connector").selectOption({ label: "Contoso Invoices" });
  await checker.getByLabel("or a group").selectOption({ label: "Finance team" });
  await checker.getByRole("button", { name: "Check eligibility" }).click();
  const rows = page.getByTestId("eligibility-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "Bea Builder" })).toContainText("No");
  await expect(rows.filter({ hasText: "Maya Maker" })).toContainText("Yes");
  // The verdicts speak about the person checked, not to the administrator.
  await expect(rows.filter({ hasText: "Bea Builder" })).toContainText(
    "Their Microsoft 365 / Office 365 plan does not include custom connectors, so they cannot create one.",
  );
  await expect(page.getByRole("table", { name: "Eligibility results" })).not.toContainText(/\b(you|your)\b/i);
});

test("an administrator picks people without Ctrl-click: a filter box and checkboxes", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/licences");
  const checker = page.getByRole("form", { name: "Eligibility checker" });
  await checker.getByLabel("Connector").selectOption({ label: "Contoso Invoices" });
  await checker.getByLabel("Filter people").fill("bea");
  await expect(checker.getByRole("checkbox", { name: /Maya Maker/ })).toBeHidden();
  await checker.getByRole("checkbox", { name: /Bea Builder/ }).check();
  await checker.getByLabel("Filter people").fill("maya");
  await checker.getByRole("checkbox", { name: /Maya Maker/ }).check();
  await expect(checker.getByText("(2 chosen)")).toBeVisible();
  await checker.getByRole("button", { name: "Check eligibility" }).click();
  const rows = page.getByTestId("eligibility-row");
  await expect(rows).toHaveCount(2);
  // The picks survive the check, for the next one.
  await expect(page.getByRole("checkbox", { name: /Bea Builder/ })).toBeChecked();
});

test("a bulk CSV with a bad line checks the rest, reports every line, and exports the table as CSV", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/licences");
  const bulk = page.getByRole("form", { name: "Bulk check" });
  await bulk.getByLabel("Connector").selectOption({ label: "Contoso Invoices" });
  await bulk.getByLabel("CSV of user principal names").setInputFiles({
    name: "users.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("upn\nmaya.maker@contoso.example\nbea.builder@contoso.example\n=cmd|' /C calc'!A0\nnobody@contoso.example\n"),
  });
  await bulk.getByRole("button", { name: "Check all" }).click();
  const status = page.getByRole("status").filter({ hasText: "can use" });
  await expect(status).toContainText("1 of 2 people found can use Contoso Invoices");
  await expect(status).toContainText("1 not found. 1 line could not be read.");
  const table = page.getByRole("table", { name: "Bulk check results" });
  const rows = table.getByTestId("bulk-row");
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0).getByRole("cell").first()).toHaveText("2");
  await expect(rows.nth(0)).toContainText("Maya Maker");
  await expect(rows.nth(0)).toContainText("eligible");
  await expect(rows.nth(1)).toContainText("not eligible");
  await expect(rows.nth(1)).toContainText("Their Microsoft 365 / Office 365 plan does not include custom connectors");
  await expect(rows.nth(2)).toContainText("unreadable");
  await expect(rows.nth(2)).toContainText("Line 4: Not a user principal name");
  await expect(rows.nth(3)).toContainText("unknown user");
  await expect(table).not.toContainText(/\b(you|your)\b/i);
  // The results table is part of the page: no serious or critical accessibility violation there either.
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("eligibility-contoso-invoices.csv");
  const { readFile } = await import("node:fs/promises");
  const lines = (await readFile((await file.path())!, "utf8")).trim().split(/\r?\n/);
  expect(lines[0]).toBe("line,upn,name,outcome,reason,can use,can create,can share,create reason,share reason");
  expect(lines).toHaveLength(5);
  expect(lines[1]).toMatch(/^2,maya\.maker@contoso\.example,Maya Maker,eligible,/);
  // The formula in the file comes back as text, not as something a spreadsheet would run.
  expect(lines[3]).toMatch(/^4,"?'=cmd/);
});

test("an administrator's plan edit is saved and shows in the audit log", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/licences");
  const plan = page.getByRole("form", { name: "Plan Legacy Flow Plan 1 / Plan 2" });
  await plan.getByLabel("Create limit").fill("16");
  await plan.getByRole("button", { name: "Save" }).click();
  await expect(plan.getByRole("status")).toContainText("Plan LEGACY_FLOW_PLAN saved.");
  await page.goto("/admin/audit?entityType=LicencePlan");
  const row = page.getByTestId("audit-row").first();
  await expect(row).toContainText("changed a licence plan");
  await expect(row).toContainText("Licence plan Legacy Flow Plan 1 / Plan 2");
  await expect(row).toContainText("Create limit: 15 → 16");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  expect((await download).suggestedFilename()).toMatch(/^connector-hub-audit-.*\.csv$/);
});

test("a builder is refused the administrators' pages and endpoints", async ({ page }) => {
  await signInAs(page, "builder");
  await page.goto("/admin/licences");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administrators only");
  const response = await page.request.get("/api/v1/audit");
  expect(response.status()).toBe(403);
});
