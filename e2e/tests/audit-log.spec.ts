import { expect, test } from "@playwright/test";
import { signInAs } from "../fixtures/sign-in.ts";

test("the audit log names connectors and people and shows changes in words, filtered by connector and person", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/audit");
  await page.getByRole("combobox", { name: "Connector" }).fill("fabrikam-hr");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/connector=fabrikam-hr/);
  const rows = page.getByTestId("audit-row");
  await expect(rows.first()).toBeVisible();
  // Every row is about Fabrikam HR, named by its title, never by a bare id.
  for (const text of await rows.locator("td:nth-child(4)").allInnerTexts()) expect(text).toContain("Fabrikam HR");
  const request = rows.filter({ hasText: "requested sharing" });
  await expect(request).toHaveCount(1);
  await expect(request.getByTestId("audit-actor")).toHaveText("Omar Owens");
  await expect(request.getByTestId("audit-actor")).toHaveAttribute("title", /omar\.owens@contoso\.example/);
  await expect(request.getByRole("link", { name: "Sharing request for Fabrikam HR" })).toBeVisible();
  await expect(request).toContainText("Stage: Submitted");
  await expect(request).toContainText("Risk score:");
  await expect(page.getByRole("table", { name: "Audit events" })).not.toContainText("{");

  await page.getByLabel("Person").selectOption({ label: "Ada Admin (ada.admin@contoso.example)" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("No events match these filters.")).toBeVisible();

  await page.getByRole("combobox", { name: "Connector" }).fill("no such connector");
  await page.getByLabel("Person").selectOption({ label: "Anyone" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "No connector" })).toHaveText(
    'No connector is called "no such connector": pick one from the list, or type its address (slug).',
  );
});
