import { expect, test, type Browser } from "@playwright/test";
import { HUB_URL, signInThroughProvider } from "../fixtures/sign-in.ts";

// Sessions are rows in the database (issue 16): "Your sessions" lists each browser where you are signed in, and
// ending one signs that browser out at its next page. Fresh sign-ins here, so the shared sessions of other specs stay.

/** A browser of its own (its own cookies and provider session), told apart on the page by its User-Agent. */
async function browserSignedIn(browser: Browser, persona: "maker" | "maker2" | "admin", userAgent: string) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, userAgent });
  const page = await context.newPage();
  await signInThroughProvider(page, persona);
  return { context, page };
}

test("Your sessions: signed in twice, end the other session, and that browser is signed out", async ({ browser }) => {
  const laptop = await browserSignedIn(browser, "maker", "HubLaptop/1.0 (X11; Linux x86_64)");
  const phone = await browserSignedIn(browser, "maker", "HubPhone/1.0 (Linux; Android 14)");
  try {
    await laptop.page.goto("/");
    await laptop.page.getByRole("link", { name: "Your sessions" }).click();
    await expect(laptop.page.getByRole("heading", { level: 1 })).toHaveText("Your sessions");
    const rows = laptop.page.getByTestId("session-row");
    await expect(rows.filter({ hasText: "(this session)" })).toContainText("HubLaptop on Linux");
    const other = rows.filter({ hasText: "HubPhone on Android" });
    await expect(other).toHaveCount(1);

    await expect(phone.page.getByTestId("signed-in-as")).toContainText("Maya Maker");
    await other.getByRole("button", { name: /End the session/ }).click();
    await expect(rows.filter({ hasText: "HubPhone on Android" })).toHaveCount(0);
    await expect(rows.filter({ hasText: "(this session)" })).toHaveCount(1);

    // The phone's next page: signed out, and its cookie opens nothing in the API either.
    await phone.page.goto("/auth/tokens");
    await expect(phone.page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
    await expect(phone.page.getByTestId("signed-in-as")).toHaveCount(0);
    expect((await phone.page.request.get(`${HUB_URL}/api/v1/tokens`)).status()).toBe(401);
    // The laptop is still signed in.
    await laptop.page.reload();
    await expect(laptop.page.getByTestId("signed-in-as")).toContainText("Maya Maker");
  } finally {
    await laptop.context.close();
    await phone.context.close();
  }
});

test("an administrator ends all sessions of a person, who is signed out at the next page", async ({ browser }) => {
  const omar = await browserSignedIn(browser, "maker2", "HubOmar/1.0 (Windows NT 10.0)");
  const ada = await browserSignedIn(browser, "admin", "HubAda/1.0 (Macintosh; Mac OS X 14)");
  try {
    await ada.page.goto("/auth/sessions");
    const everyone = ada.page.getByRole("table", { name: "People with open sessions" });
    await expect(everyone.getByRole("row", { name: /Omar Owens/ })).toBeVisible();
    await everyone.getByRole("button", { name: "End all sessions of Omar Owens" }).click();
    await expect(everyone.getByRole("row", { name: /Omar Owens/ })).toHaveCount(0);

    await omar.page.goto("/licence");
    await expect(omar.page.getByRole("heading", { level: 1 })).toHaveText("Sign in to see your licence");
    expect((await omar.page.request.get(`${HUB_URL}/api/v1/tokens`)).status()).toBe(401);
  } finally {
    await omar.context.close();
    await ada.context.close();
  }
});
