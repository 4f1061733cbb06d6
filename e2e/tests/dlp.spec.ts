import { expect, test } from "@playwright/test";
import { signInAs } from "../fixtures/sign-in.ts";

test("an administrator changes a pattern, previews who moves, saves, and the connector's page shows its new DLP group", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/connectors/contoso-invoices");
  await expect(page.getByTestId("dlp-group")).toContainText("DLP group: Business");

  await page.goto("/admin/dlp");
  await page.getByRole("link", { name: "Tenant default" }).click();
  await expect(page.getByRole("textbox", { name: "Pattern 1" })).toHaveValue("https://*.contoso.example");
  await page.getByRole("combobox", { name: "Group of pattern 1" }).selectOption({ label: "Blocked" });

  await page.getByRole("button", { name: "Preview changes" }).click();
  const preview = page.getByRole("region", { name: /would change group/ });
  await expect(preview.getByRole("row", { name: /Contoso Invoices/ })).toContainText("BusinessBlocked");
  await expect(preview.getByRole("row", { name: /Fabrikam HR/ })).toHaveCount(0);

  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();

  await page.goto("/connectors/contoso-invoices");
  await expect(page.getByTestId("dlp-group")).toContainText("DLP group: Blocked");
  await expect(page.getByTestId("dlp-group")).toContainText("matches https://*.contoso.example");
});

test("a policy with * before other patterns is refused with what to change", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/dlp");
  await page.getByRole("link", { name: "Tenant default" }).click();
  await page.getByRole("button", { name: "Move pattern 4 up" }).click();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "cannot be saved" })).toContainText('"*" must be the last pattern');
});

test("copying a policy keeps its patterns", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/dlp");
  await page.getByRole("link", { name: "Tenant default" }).click();
  await page.getByRole("button", { name: "Copy policy" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Copy of Tenant default");
  await expect(page.getByRole("textbox", { name: "Pattern 2" })).toHaveValue("https://*.fabrikam.example");
});

test("people without the administrator role cannot open the DLP editor", async ({ page }) => {
  await signInAs(page, "maker");
  await page.goto("/admin/dlp");
  await expect(page.getByRole("heading", { name: "Administrators only" })).toBeVisible();
});
