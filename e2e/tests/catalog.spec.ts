import { expect, test } from "@playwright/test";
import { signInAs } from "../fixtures/sign-in.ts";

// "Organization" means the tenant's signed-in people: the organization's connectors are shown to someone signed in
// (Bea Builder here); anonymous visitors see PUBLIC connectors only.

test("anonymous visitors see the public connectors only; an organization's connector does not exist for them", async ({ page }) => {
  await page.goto("/?sample=false");
  // The demo's Public Holidays and the 29 real published connectors (public, as Microsoft publishes them).
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("30 connectors");
  const cards = page.getByTestId("connector-card");
  await expect(cards.filter({ hasText: "Amazon S3 Bucket" })).toBeVisible();
  await expect(page.getByText("Contoso Invoices")).toHaveCount(0);
  await page.goto("/?sample=false&q=holidays");
  await expect(page.getByRole("heading", { level: 2, name: "Public Holidays", exact: true })).toBeVisible();
  // The sign-in link is white on the brand colour (a global link colour once painted it blue on blue).
  await expect(page.getByRole("link", { name: "Sign in" })).toHaveCSS("color", "rgb(255, 255, 255)");
  expect((await page.goto("/connectors/contoso-invoices"))?.status()).toBe(404);
  expect((await page.request.get("/api/v1/connectors/contoso-invoices/definition?format=paconn")).status()).toBe(404);
});

test("a newcomer, signed out, opens a real connector from the first page and sees its findings, versions and breaking changes", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("connector-card").filter({ hasText: "Amazon S3 Bucket" }).getByRole("link", { name: "Amazon S3 Bucket" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Amazon S3 Bucket");
  await expect(page.getByRole("heading", { name: /^Validation findings \(version 2: \d+ errors, \d+ warnings\)$/ })).toBeVisible();
  const versions = page.getByRole("list", { name: "Versions" });
  await expect(versions.getByRole("heading")).toHaveText(["Version 2", "Version 1"]);
  await expect(versions.getByText(/^Changes from version 1: \d+ breaking, \d+ non-breaking$/)).toBeVisible();
});

test("the catalog lists what the organization shares, with its facets", async ({ page }) => {
  await signInAs(page, "builder");
  // The sample connectors (registered by the sample API) are left out, so the count is the demo tenant's own: the
  // organization's two, the public one, Fabrikam HR (shared with Bea's Finance group) and the 29 real published (public)
  // ones the seed copies from the corpus; a page holds 24.
  await page.goto("/?sample=false");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("33 connectors");
  const cards = page.getByTestId("connector-card");
  await expect(cards).toHaveCount(24);
  await expect(cards.filter({ hasText: "Amazon S3 Bucket" })).toBeVisible();
  await expect(cards.filter({ hasText: "Contoso Invoices" })).toContainText("API key");
  // A private draft is not shown to someone it is not shared with.
  await expect(page.getByText("Northwind ERP")).toHaveCount(0);
  await expect
    .poll(() =>
      cards
        .filter({ hasText: "Contoso Invoices" })
        .getByTestId("connector-icon")
        .evaluate((i) => (i as HTMLImageElement).naturalWidth),
    )
    .toBe(64);
  await page.screenshot({ path: ".test-results/catalog.png", fullPage: true });
});

test("a connector with an icon shows it on its brand colour, on its card and its page; one without shows the colour", async ({ page }) => {
  await signInAs(page, "builder");
  await page.goto("/?sample=false");
  const invoices = page.getByTestId("connector-card").filter({ hasText: "Contoso Invoices" });
  const icon = invoices.getByTestId("connector-icon");
  await expect(icon).toHaveCSS("background-color", "rgb(16, 124, 16)");
  // Loaded and decoded by the browser: a broken image has no natural width.
  await expect.poll(() => icon.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(64);
  // Square whatever the title's length (a flex card once squeezed it narrower than tall).
  const box = (await icon.boundingBox())!;
  expect(box.width).toBe(box.height);
  await expect(page.getByTestId("connector-card").filter({ hasText: "Test Weather" }).getByTestId("connector-icon")).toHaveCount(0);
  await invoices.getByRole("link", { name: "Contoso Invoices" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Contoso Invoices");
  await expect.poll(() => page.getByTestId("connector-icon").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(64);
  const response = await page.request.get("/api/v1/connectors/contoso-invoices/icon");
  expect(response.headers()["content-type"]).toBe("image/png");
});

test("search and a facet narrow the catalog, and the URL keeps the state", async ({ page }) => {
  await signInAs(page, "builder");
  await page.goto("/?sample=false");
  await page.getByRole("searchbox", { name: "Search connectors" }).fill("holiday");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=holiday/);
  // The demo's own Public Holidays and Festivo, a published holiday API among the seeded real connectors.
  await expect(page.getByTestId("connector-card")).toHaveCount(2);
  await expect(page.getByTestId("connector-card").filter({ has: page.getByRole("link", { name: "Public Holidays", exact: true }) })).toBeVisible();
  await expect(page.getByTestId("connector-card").filter({ has: page.getByRole("link", { name: "Festivo", exact: true }) })).toBeVisible();

  await page.goto("/?sample=false");
  await page
    .getByRole("complementary", { name: "Filters" })
    .getByRole("link", { name: /API key/ })
    .click();
  await expect(page).toHaveURL(/auth=API_KEY/);
  // Contoso Invoices and the 14 seeded real connectors secured by an API key.
  await expect(page.getByTestId("connector-card")).toHaveCount(15);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("15 connectors");
});

test("the sample MCP connector wears an MCP server badge, and the MCP facet lists MCP servers only", async ({ page }) => {
  await page.goto("/?sample=true");
  const cards = page.getByTestId("connector-card");
  const mcpCard = cards.filter({ has: page.getByRole("link", { name: "Sample Inventory (MCP)", exact: true }) });
  await expect(mcpCard.getByText("MCP server", { exact: true })).toBeVisible();
  // A REST sample beside it has no such badge.
  await expect(cards.filter({ hasNotText: "(MCP)" }).first().getByText("MCP server", { exact: true })).toHaveCount(0);

  const filters = page.getByRole("complementary", { name: "Filters" });
  const mcpFacet = filters.getByRole("link", { name: /^MCP server \(\d+\)$/ });
  const count = Number((await mcpFacet.textContent())!.match(/\((\d+)\)/)![1]);
  await expect(filters.getByRole("link", { name: /^REST \(\d+\)$/ })).toBeVisible();
  await mcpFacet.click();
  await expect(page).toHaveURL(/kind=MCP/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${count} connector${count === 1 ? "" : "s"}`);
  await expect(cards).toHaveCount(count);
  for (const card of await cards.all()) await expect(card.getByText("MCP server", { exact: true })).toBeVisible();
  await expect(filters.getByRole("link", { name: /MCP server/ })).toHaveAttribute("aria-current", "true");
  await expect(filters.getByRole("link", { name: /^REST \(/ })).toHaveCount(0);

  // The API takes the same filter, and says what it accepts when given another value.
  const refused = await page.request.get("/api/v1/connectors?kind=GRAPHQL");
  expect(refused.status()).toBe(400);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('kind is "REST" or "MCP"');
});

test("a connector page shows its overview and its actions and triggers", async ({ page }) => {
  await page.goto("/?q=holiday");
  await page.getByRole("link", { name: "Public Holidays" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Public Holidays");
  await expect(page.getByText("holidays.azurewebsites.net/api")).toBeVisible();
  const table = page.getByRole("table", { name: "Actions and triggers" });
  await expect(table.getByRole("row", { name: /List public holidays/ })).toContainText("Action");
  await expect(table.getByRole("row", { name: /When a holiday is announced/ })).toContainText("Trigger (polling, batch)");
});

test("typing searches without a reload, and the URL can be shared", async ({ page }) => {
  await signInAs(page, "builder");
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search connectors" }).fill("invoices");
  await expect(page).toHaveURL(/q=invoices/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("matching “invoices”");
  await expect(page.getByTestId("connector-card").filter({ hasText: "Contoso Invoices" })).toBeVisible();
  await page
    .getByRole("complementary", { name: "Filters" })
    .getByRole("link", { name: /API key/ })
    .click();
  await expect(page).toHaveURL(/auth=API_KEY/);
  await expect(page.getByRole("complementary", { name: "Filters" }).getByRole("link", { name: /API key/ })).toHaveAttribute("aria-current", "true");
  await page.reload();
  await expect(page.getByTestId("connector-card")).toContainText("Contoso Invoices");
});

test("a connector page offers its definition and a paconn zip for download, and lists its versions", async ({ page }) => {
  await page.goto("/connectors/public-holidays");
  const downloads = page.getByRole("navigation", { name: "Downloads" });
  const [download] = await Promise.all([page.waitForEvent("download"), downloads.getByRole("link", { name: "Download paconn zip" }).click()]);
  expect(download.suggestedFilename()).toBe("public-holidays-v1.zip");
  await expect(page.getByRole("list", { name: "Versions" })).toContainText("Version 1");
});

test("an unknown connector gets the not-found page", async ({ page }) => {
  const response = await page.goto("/connectors/does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("the health endpoint reports the database and migrations", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { reachable: true }, migrations: { current: true } });
  expect(response.headers()["x-request-id"]).toMatch(/^[\w-]{8,}$/);
});
