import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signInAs } from "../fixtures/sign-in.ts";

// Issue 23: a definition for an API Microsoft's repository already publishes connectors for (HubSpot's companies, on
// app.hubapi.com; our own file, not a published one).
const HUBSPOT = readFileSync(new URL("../../packages/definitions/test/published/hubspot-companies.swagger.json", import.meta.url));

test("a maker importing a definition for HubSpot sees the published connectors and what they share before saving", async ({ page }) => {
  await signInAs(page, "maker");
  await page.goto("/connectors/new");
  const title = `HubSpot companies ${Math.random().toString(36).slice(2, 7)}`;
  await page.getByLabel(/OpenAPI 2\.0, 3\.0 or 3\.1 \(JSON or YAML.*Postman collection or paconn zip/).setInputFiles({
    name: "hubspot-companies.swagger.json",
    mimeType: "application/json",
    buffer: HUBSPOT,
  });
  await expect(page.getByRole("status").filter({ hasText: "Read as" })).toContainText("app.hubapi.com");
  await expect(page.getByText("Microsoft's repository already publishes 5 connectors for this API.")).toBeVisible();
  const published = page.getByRole("list", { name: "Published connectors" });
  const first = published.getByRole("listitem").first();
  await expect(first.getByRole("link", { name: "HubSpot CRM" })).toHaveAttribute(
    "href",
    "https://github.com/microsoft/PowerPlatformConnectors/tree/8bff86eac6d04e939faee0de15298e911b118c21/independent-publisher-connectors/HubSpot%20CRM",
  );
  await expect(first).toContainText("(Independent publisher, Hitachi Solutions, api.hubapi.com)");
  await expect(first).toContainText("Same domain: hubapi.com (yours app.hubapi.com, theirs api.hubapi.com).");
  await expect(first).toContainText("4 of your 5 operations (method and path) are in it, of its 50.");
  await first.getByText("4 shared operations").click();
  await expect(first.getByRole("list", { name: "Operations shared with HubSpot CRM" }).getByRole("listitem")).toHaveText([
    "GET /crm/v3/objects/companies (CompaniesList)",
    "POST /crm/v3/objects/companies (CompaniesCreate)",
    "GET /crm/v3/objects/companies/{companyId} (CompaniesRead)",
    "DELETE /crm/v3/objects/companies/{companyId} (CompaniesArchive)",
  ]);
  await page.getByLabel("Why is a new connector still needed?").fill("We need our own Contoso scores beside the companies.");
  await page.getByRole("textbox", { name: "Title" }).fill(title);
  await page.getByRole("button", { name: "Save as private draft" }).click();
  await page.waitForURL(/\/connectors\/hubspot-companies-/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText(/^HubSpot CRM, HubSpot CRM V2, .*\. Why a new one: We need our own Contoso scores beside the companies\.$/)).toBeVisible();
});

test("a builder's catalog search shows the published connectors in a section of their own", async ({ page }) => {
  await signInAs(page, "builder");
  await page.goto("/?q=docusign");
  const section = page.getByRole("region", { name: /Published by Microsoft's repository/ });
  await expect(section.getByRole("heading")).toHaveText("Published by Microsoft's repository: 1 connector outside this catalog");
  await expect(section.getByRole("link", { name: "Docusign" })).toHaveAttribute("href", /certified-connectors\/DocuSign$/);
  // Typing another search refreshes the section without reloading the page.
  await page.getByRole("searchbox", { name: "Search connectors" }).fill("api.cloudmersive.com");
  await expect(section.getByRole("heading")).toHaveText("Published by Microsoft's repository: 6 connectors outside this catalog");
  await expect(section.getByRole("listitem").filter({ hasText: "Cloudmersive" }).first()).toContainText("Same host: api.cloudmersive.com.");
});

test("an administrator sees the index's snapshot and replaces it with an uploaded file; a bad file changes nothing", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/published-connectors");
  const current = page.getByRole("definition").filter({ hasText: "8bff86eac6d04e939faee0de15298e911b118c21" });
  await expect(current).toBeVisible();
  await expect(page.getByText("15,922", { exact: true })).toBeVisible();
  const upload = page.getByLabel("Index file (index.json)");
  await upload.setInputFiles({ name: "index.json", mimeType: "application/json", buffer: Buffer.from('{"date":"2024-01-01","connectors":[]}') });
  await page.getByRole("button", { name: "Replace the index" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was changed" })).toHaveText(
    'The index has no "commit": every entry needs one (see the index README). Nothing was changed: the current index stays.',
  );
  await expect(page.getByText("15,922", { exact: true })).toBeVisible();
  await upload.setInputFiles(new URL("../../packages/definitions/data/public-connectors/index.json", import.meta.url).pathname);
  await page.getByRole("button", { name: "Replace the index" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Loaded" })).toHaveText(
    "Loaded 992 connectors from commit 8bff86eac6d04e939faee0de15298e911b118c21.",
  );
  await expect(page.getByRole("definition").filter({ hasText: /by Ada Admin/ })).toBeVisible();
});
