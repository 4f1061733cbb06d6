import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "../fixtures/sign-in.ts";

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Elements whose right edge passes the viewport (what makes a page scroll sideways), named by tag and text. */
async function widerThanViewport(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll("body *")]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > width + 1 && getComputedStyle(el).position !== "fixed";
      })
      .map(
        (el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40)}" right=${Math.round(el.getBoundingClientRect().right)} > ${width}`,
      );
  });
}

test("the governance dashboard fits a 1,440 px window, its axis labels never overlap, and an empty chart says so", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signInAs(page, "admin");
  await page.goto("/governance?refresh=1");
  await expect(page.getByRole("heading", { name: "Governance", level: 1 })).toBeVisible();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  expect(await widerThanViewport(page)).toEqual([]);
  for (const chart of await page.locator(".recharts-wrapper").all()) {
    const boxes = await chart.locator(".recharts-cartesian-axis-tick text").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Box));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!), `tick labels ${i} and ${j} overlap`).toBe(false);
  }
  // No request has been decided on a fresh hub: the chart of hours says so instead of drawing empty axes.
  const hours = page.getByRole("region", { name: "Median hours in each review stage" });
  await expect(hours.getByTestId("chart-empty")).toHaveText("No decisions yet: the hours appear once requests have moved through the review stages.");
  await expect(page.getByText(/\b1 connectors\b|\b1 events\b/)).toHaveCount(0);
  await expect(page.getByText(/^(1 connector has|\d+ connectors have) errors/)).toBeVisible();
});

test("the share form marks what is required, puts each message beside its field and the cursor in the first", async ({ page }) => {
  await signInAs(page, "maker");
  await page.goto("/connectors/contoso-invoices/share");
  await expect(page.locator("label").getByText("(required)")).toHaveCount(3);
  await page.getByLabel("The whole organization").check();
  await page.getByRole("button", { name: "Submit request" }).click();
  const justification = page.getByLabel(/Business justification/);
  await expect(justification).toBeFocused();
  await expect(justification).toHaveAttribute("aria-invalid", "true");
  await expect(justification).toHaveAccessibleDescription("Say why people need this connector.");
  await expect(page.getByLabel(/Conditions of use/)).toHaveAccessibleDescription("Say on what conditions it may be used.");
  await expect(page.getByLabel(/issued, stored and rotated/)).toHaveAccessibleDescription("Say how the API key is issued, stored and rotated.");
  await expect(page).toHaveURL(/\/share$/);
});

test("the header shows each person the pages that are for them", async ({ page }) => {
  const nav = () => page.getByRole("navigation", { name: "Main" }).getByRole("link");
  await page.goto("/");
  await expect(nav()).toHaveText(["Catalog", "Samples"]);
  await signInAs(page, "builder");
  await page.goto("/");
  await expect(nav()).toHaveText(["Catalog", "Samples", "My licence"]);
  await signInAs(page, "maker");
  await page.goto("/");
  await expect(nav()).toHaveText(["Catalog", "Import", "Samples", "Sharing requests", "My licence"]);
  await signInAs(page, "admin");
  await page.goto("/");
  await expect(nav()).toHaveText(["Catalog", "Import", "Samples", "Sharing requests", "My licence", "Governance", "Licences", "Audit log"]);
});

test("signed out, personal pages say what to sign in for; a connector page is titled by its connector; a skip link leads to the content", async ({ page }) => {
  await page.context().clearCookies();
  const pages = [
    ["/requests", "sharing requests"],
    ["/admin/audit", "the audit log"],
    ["/notifications", "your notifications"],
    ["/governance", "the governance dashboard"],
    ["/admin/dlp", "DLP policies"],
    ["/admin/licences", "licence administration"],
  ] as const;
  // Every one behaves the same way: a page that says what to sign in for, whose Sign in link comes back to it.
  for (const [path, what] of pages) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Sign in to see ${what}`);
    await expect(page.getByText(`Connector Hub shows ${what} only to people signed in with their work account.`)).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Sign in" })).toHaveAttribute("href", `/auth/sign-in?returnTo=${encodeURIComponent(path)}`);
  }
  await page.goto("/connectors/public-holidays");
  await expect(page).toHaveTitle("Public Holidays · Connector Hub");
  const icon = await page.request.get((await page.locator('link[rel="icon"]').first().getAttribute("href")) ?? "/icon.svg");
  expect(icon.status()).toBe(200);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});
