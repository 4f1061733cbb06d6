import { randomBytes } from "node:crypto";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { pinningDefinition } from "../fixtures/pinning-definitions.ts";
import { HUB_URL, signInAs } from "../fixtures/sign-in.ts";

/** Presses Tab until `target` has the focus, as a keyboard user would; fails when it is never reached. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test("the sharing journey works with the keyboard alone: request, review stages, approval", async ({ page }) => {
  await signInAs(page, "maker");
  const title = `Keyboard Parcels ${randomBytes(3).toString("hex")}`;
  const created = await page.request.post(`/api/v1/connectors?fileName=apiDefinition.swagger.json&title=${encodeURIComponent(title)}`, {
    headers: { "content-type": "application/json", origin: HUB_URL },
    data: pinningDefinition(1, title),
  });
  expect(created.status()).toBe(201);
  const slug = ((await created.json()) as { connector: { slug: string } }).connector.slug;

  await page.goto(`/connectors/${slug}`);
  await tabTo(page, page.getByRole("link", { name: "Request sharing" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/share$/);
  await tabTo(page, page.getByLabel("The whole organization"));
  await page.keyboard.press("Space");
  await expect(page.getByLabel("The whole organization")).toBeChecked();
  await tabTo(page, page.getByLabel(/Business justification/));
  await page.keyboard.type("The depot tracks parcels from flows.");
  await tabTo(page, page.getByLabel(/Conditions of use/));
  await page.keyboard.type("Depot staff only.");
  await tabTo(page, page.getByRole("button", { name: "Submit request" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/requests\/[a-z0-9]+$/);
  const requestUrl = page.url();

  await signInAs(page, "admin");
  await page.goto(requestUrl);
  for (const [button, stage] of [
    ["Start maker checks", "Maker checks"],
    ["Maker checks complete", "Risk assessment"],
    ["Risk assessed", "Admin decision"],
    ["Approve", "Approved"],
  ] as const) {
    await page.keyboard.press("Tab");
    await tabTo(page, page.getByRole("button", { name: button, exact: true }));
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("request-stage")).toHaveText(stage);
  }
});

test("the import journey works with the keyboard alone: the skip link, the search box before the facets, the Import link, paste, save", async ({ page }) => {
  await signInAs(page, "maker");
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("searchbox", { name: "Search connectors" })).toBeFocused();
  await page.goto("/");
  await tabTo(page, page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/connectors\/new$/);

  // The rest of the import with the keyboard alone: the Paste tab, the definition pasted, the answers, Save.
  const title = `Keyboard Import ${randomBytes(3).toString("hex")}`;
  await tabTo(page, page.getByRole("tab", { name: "Paste" }));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByLabel("Definition text"));
  await page.keyboard.insertText(pinningDefinition(1, title));
  await expect(page.getByText(/^Read as an OpenAPI JSON file/)).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Save as private draft" }), 120);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page).toHaveURL(/\/connectors\/keyboard-import-/);
});
