import { mkdirSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { MAIN_PAGES } from "../fixtures/main-pages.ts";
import { signInAs } from "../fixtures/sign-in.ts";

// Screenshots are written only when asked (npm run screenshots sets HUB_SCREENSHOTS_DIR to docs/screenshots).
const screenshotsDir = process.env.HUB_SCREENSHOTS_DIR ? path.resolve(process.env.HUB_SCREENSHOTS_DIR) : null;

async function open(page: Page, entry: (typeof MAIN_PAGES)[number]) {
  if (entry.as) await signInAs(page, entry.as);
  else await page.context().clearCookies();
  // The page itself, not a "not found" or sign-in page in its place.
  expect((await page.goto(entry.path))?.status(), `${entry.path} as ${entry.as ?? "anonymous"}`).toBe(200);
  await expect(page.locator("main")).toBeVisible();
  await page.waitForLoadState("networkidle");
}

/** What a person would call each problem: the rule, its impact, and where on the page. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.slice(0, 3).map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} — ${n.failureSummary?.split("\n")[1]?.trim() ?? v.help}`));
}

/** Elements whose right edge passes the viewport, so the page would scroll sideways. */
async function widerThanViewport(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const offenders = [...document.querySelectorAll("body *")].filter((el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= width + 1) return false;
      // Inside a container that scrolls on its own (a wide table in an overflow-x box) is fine.
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (["auto", "scroll", "hidden", "clip"].includes(style.overflowX) && p.getBoundingClientRect().right <= width + 1) return false;
      }
      return !el.closest(".sr-only");
    });
    return offenders
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${String(el.className).split(" ")[0]} "${(el.textContent ?? "").trim().slice(0, 40)}" right=${Math.round(el.getBoundingClientRect().right)} > ${width}`,
      );
  });
}

for (const entry of MAIN_PAGES) {
  test(`${entry.name} (${entry.path}${entry.as ? ` as ${entry.as}` : ", signed out"}) has no serious or critical accessibility violation`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await open(page, entry);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

for (const width of [1440, 390]) {
  test(`no element of a main page is wider than a ${width} px window`, async ({ page }) => {
    test.setTimeout(180_000);
    if (screenshotsDir) mkdirSync(screenshotsDir, { recursive: true });
    await page.setViewportSize({ width, height: width > 1000 ? 900 : 844 });
    const wide: Record<string, string[]> = {};
    for (const entry of MAIN_PAGES) {
      await open(page, entry);
      const found = await widerThanViewport(page);
      if (found.length) wide[entry.name] = found;
      if (screenshotsDir) await page.screenshot({ path: path.join(screenshotsDir, `${entry.name}-${width}.png`), fullPage: true });
    }
    expect(wide).toEqual({});
  });
}
