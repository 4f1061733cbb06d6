import { expect, test } from "@playwright/test";
import { signInAs } from "../fixtures/sign-in.ts";

test("an administrator reads the dashboard: charts with tables behind them, CSV exports and what needs attention", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/governance");
  await expect(page.getByRole("heading", { name: "Governance", level: 1 })).toBeVisible();

  const auth = page.getByRole("region", { name: "By authentication" });
  await expect(auth.getByRole("table", { name: "By authentication" })).toBeAttached();
  await auth.getByRole("button", { name: "Show table" }).click();
  await expect(auth.getByRole("row", { name: /No authentication/ })).toBeVisible();
  const download = page.waitForEvent("download");
  await auth.getByRole("link", { name: /Download CSV/ }).click();
  expect((await download).suggestedFilename()).toBe("authentication.csv");

  await expect(page.getByRole("heading", { name: /Named like a test connector, shared beyond its owner \(1\)/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Test Weather (Omar)" }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: /Windows authentication without a gateway \(0\)/ })).toBeVisible();

  // Where the inventory of environments stands (issue 20): the demo tenant's seeded import, with what it holds.
  const inventory = page.getByRole("region", { name: "Inventory of environments" });
  await expect(inventory.getByTestId("sync-status")).toHaveText("Succeeded");
  await expect(inventory).toContainText("Demo tenant, started");
  await expect(inventory).toContainText(/[1-9]\d* connectors, [1-9]\d* apps, [1-9]\d* flows/);
  const runs = (await (await page.request.get("/api/v1/inventory/sync-runs")).json()) as { runs: { source: string; status: string }[] };
  expect(runs.runs[0]).toMatchObject({ source: "seed", status: "succeeded" });
});

test("the dashboard is for administrators only", async ({ page }) => {
  await signInAs(page, "builder");
  await page.goto("/governance");
  await expect(page.getByRole("heading", { name: "Administrators only" })).toBeVisible();
  const api = await page.request.get("/api/v1/governance/dashboard");
  expect(api.status()).toBe(403);
});
