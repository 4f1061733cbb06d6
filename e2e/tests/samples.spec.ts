import { expect, test } from "@playwright/test";
import { signInAs } from "../fixtures/sign-in.ts";

const DEMO_API_KEY = "demo-api-key-7f3c9a";

test("the Samples page explains each sample with its auth type, credentials and links", async ({ page }) => {
  await page.goto("/samples");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Samples");
  const samples = page.getByTestId("sample-connector");
  await expect(samples).toHaveCount(4);
  await expect(samples.filter({ hasText: "Sample Inventory (MCP)" })).toContainText("Authentication: No authentication.");
  await expect(samples.filter({ hasText: "Sample Inventory Key Auth" })).toContainText("Authentication: API key.");
  await expect(samples.filter({ hasText: "Sample Inventory Basic Auth" })).toContainText("demo-password-4b1e");
  await expect(samples.filter({ hasText: "Sample Inventory OAuth" })).toContainText("sample-service-demo-secret");
  await expect(page.getByText("HostNotProduction")).toBeVisible();
  await expect(samples.first().getByRole("link", { name: "apiDefinition.swagger.json" })).toHaveAttribute(
    "href",
    /^http:\/\/127\.0\.0\.1:\d+\/api-key\/swagger\.json$/,
  );
});

test("open a sample connector, run an action from the Test tab, see the response", async ({ page }) => {
  await page.goto("/samples");
  await page.getByRole("link", { name: "Sample Inventory Key Auth" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sample Inventory Key Auth");
  await page.getByRole("link", { name: "Test", exact: true }).click();
  await expect(page).toHaveURL(/\/connectors\/sample-inventory-api-key\/test$/);

  await page.getByLabel("Operation").selectOption("GetProduct");
  await page.getByLabel("productId (required)").fill("prd-0003");
  await page.getByLabel("API key").fill(DEMO_API_KEY);
  await page.getByRole("button", { name: "Send request" }).click();

  const result = page.getByRole("region", { name: "Result" });
  await expect(result.getByTestId("test-status")).toHaveText("200");
  await expect(result.getByTestId("test-response-body")).toContainText('"id": "prd-0003"');
  await expect(result).toContainText("GET http://127.0.0.1");
  await expect(result).toContainText("x-api-key: [redacted]");
  // The key typed in is sent, but never shown back.
  await expect(result).not.toContainText(DEMO_API_KEY);
});

test("the Test tab says what to fix instead of calling", async ({ page }) => {
  await page.goto("/connectors/sample-inventory-basic/test");
  await page.getByLabel("Operation").selectOption("ListProducts");
  // The sample's demo values are filled in; without the password the hub says what is missing instead of calling.
  await expect(page.getByLabel("User name")).toHaveValue("demo");
  await page.getByLabel("Password").fill("");
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByRole("region", { name: "Result" }).getByRole("alert")).toHaveText(
    "Enter a user name and password in the connection fields; this connector uses Basic authentication.",
  );
});

test("Bea opens the sample connector's Test tab and sends CreateOrder as prefilled: the API creates the order", async ({ page }) => {
  await signInAs(page, "builder");
  await page.goto("/connectors/sample-inventory-api-key/test");
  await page.getByLabel("Operation").selectOption("CreateOrder");
  const body = page.getByLabel("Request body (JSON)");
  // Built from the NewOrder schema: its required fields in the order the definition lists them, with its examples.
  await expect(body).toHaveValue(
    /"customerName": "Ada Lovelace",\s*"customerEmail": "ada@example.com",\s*"lines": \[\s*\{\s*"productId": "prd-0004",\s*"quantity": 1/,
  );
  await expect(page.getByLabel("API key")).toHaveValue(DEMO_API_KEY);
  await page.getByRole("button", { name: "Send request" }).click();
  const result = page.getByRole("region", { name: "Result" });
  await expect(result.getByTestId("test-status")).toHaveText("201");
  await expect(result.getByTestId("test-response-body")).toContainText('"customerName": "Ada Lovelace"');
  await expect(result).not.toContainText(DEMO_API_KEY);
});

test("a webhook trigger subscribes the hub's callback, and the events it receives show up", async ({ page }) => {
  await page.goto("/connectors/sample-inventory-api-key/test");
  await page.getByLabel("API key").fill(DEMO_API_KEY);
  await page.getByLabel("Operation").selectOption("OnOrderCreated");
  await page.getByRole("button", { name: "Send request" }).click();
  const result = page.getByRole("region", { name: "Result" });
  await expect(result.getByTestId("test-status")).toHaveText("201");
  await expect(result.getByRole("heading", { name: "Events received" })).toBeVisible();
  await expect(result.getByTestId("callback-event-count")).toHaveText("0 events");

  await page.getByLabel("Operation").selectOption("CreateOrder");
  await page
    .getByLabel("Request body (JSON)")
    .fill(JSON.stringify({ customerName: "Webhook Watcher", customerEmail: "watcher@contoso.example", lines: [{ productId: "prd-0005", quantity: 1 }] }));
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(result.getByTestId("test-status")).toHaveText("201");
  await expect(result.getByTestId("callback-event-count")).toHaveText("1 event");
  await expect(result).toContainText("Webhook Watcher");
});
