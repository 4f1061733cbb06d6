import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "../fixtures/sign-in.ts";

async function requestOrganizationSharing(page: Page, slug: string, justification: string, secretHandling?: string) {
  await page.goto(`/connectors/${slug}/share`);
  if (secretHandling) await page.getByLabel(/issued, stored and rotated/).fill(secretHandling);
  await page.getByLabel("The whole organization").check();
  await page.getByLabel(/Business justification/).fill(justification);
  await page.getByLabel(/Conditions of use/).fill("Internal use only; no personal data.");
  await page.getByRole("button", { name: "Check gates" }).click();
  await expect(page.getByRole("region", { name: "Checks before submitting" })).toContainText("Risk score");
  await expect(page.getByTestId("gate").filter({ hasText: /^Blocking/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Submit request" }).click();
  await expect(page).toHaveURL(/\/requests\/[a-z0-9]+$/);
  await expect(page.getByTestId("request-stage")).toHaveText("Submitted");
  return page.url();
}

async function act(page: Page, button: string, stage: string) {
  await page.getByRole("button", { name: button, exact: true }).click();
  await expect(page.getByTestId("request-stage")).toHaveText(stage);
}

test("a maker requests organization sharing, an administrator approves it, a builder then finds it", async ({ page }) => {
  await signInAs(page, "builder");
  await page.goto("/?q=tailwind");
  await expect(page.getByTestId("connector-card")).toHaveCount(0);

  await signInAs(page, "maker");
  const requestUrl = await requestOrganizationSharing(page, "tailwind-tickets", "The support desk tracks tickets from flows.");

  await signInAs(page, "admin");
  await page.goto("/requests?queue=review");
  const row = page.getByTestId("sharing-request-row").filter({ hasText: "Tailwind Tickets" });
  await expect(row).toContainText("Maya Maker");
  await row.getByRole("link", { name: "Tailwind Tickets" }).click();
  await expect(page).toHaveURL(requestUrl);
  await expect(page.getByRole("table", { name: "Risk explanation" })).toBeVisible();
  await act(page, "Start maker checks", "Maker checks");
  await act(page, "Maker checks complete", "Risk assessment");
  await act(page, "Risk assessed", "Admin decision");
  await act(page, "Approve", "Approved");
  await expect(page.getByTestId("review-step")).toHaveCount(5);
  await expect(page.getByTestId("review-step").last()).toContainText("Approved (version 1) by Ada Admin");

  await signInAs(page, "builder");
  await page.goto("/?q=tailwind");
  await expect(page.getByTestId("connector-card")).toHaveCount(1);
  await expect(page.getByTestId("connector-card")).toContainText("Tailwind Tickets");
});

test("a rejection with a note reaches the maker", async ({ page }) => {
  await signInAs(page, "maker");
  const requestUrl = await requestOrganizationSharing(page, "northwind-erp", "Warehouse staff need orders in their apps.");

  await signInAs(page, "admin");
  await page.goto(requestUrl);
  await page.getByRole("button", { name: "Reject", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Add a note" })).toBeVisible();
  await page.getByLabel(/Note/).fill("Serve the ERP over HTTPS before sharing it with everyone.");
  await act(page, "Reject", "Rejected");

  await signInAs(page, "maker");
  await page.goto("/requests");
  await expect(page.getByTestId("notification").first()).toContainText("Serve the ERP over HTTPS");
  const row = page.getByTestId("sharing-request-row").filter({ hasText: "Northwind ERP" });
  await expect(row).toContainText("Rejected");
  await row.getByRole("link", { name: "Northwind ERP" }).click();
  await expect(page.getByTestId("decision-note")).toContainText("Serve the ERP over HTTPS before sharing it with everyone.");
});

test("an administrator acting on a stale page is told someone else acted first and to reload", async ({ page, browser }) => {
  await signInAs(page, "maker");
  const requestUrl = await requestOrganizationSharing(
    page,
    "contoso-invoices",
    "A new version for the finance team.",
    "Each user enters their own key; keys rotate every 90 days.",
  );
  await signInAs(page, "admin");
  await page.goto(requestUrl);
  // A second administrator tab acts first; this tab still shows the old version.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInAs(otherPage, "admin");
  await otherPage.goto(requestUrl);
  await act(otherPage, "Start maker checks", "Maker checks");
  await other.close();
  await page.getByRole("button", { name: "Start maker checks" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /Someone else .* first.*Reload/ })).toBeVisible();
});
