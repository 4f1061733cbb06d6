import { expect, test } from "@playwright/test";
import { PERSONAS } from "@connector-hub/db/seed";
import { HUB_URL, signInAs, signInThroughProvider } from "../fixtures/sign-in.ts";

// These tests drive the provider's pages directly, so this page accepts the local provider's certificate.
test.use({ ignoreHTTPSErrors: true });

const ROLE = { maker: "Maker", maker2: "Maker", builder: "Builder", admin: "Administrator" } as const;

for (const p of PERSONAS) {
  test(`${p.displayName} (${p.key}) signs in through the local provider and signs out`, async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Pick an account" })).toBeVisible();
    expect(new URL(page.url()).protocol).toBe("https:");
    await page.getByRole("button", { name: new RegExp(p.displayName) }).click();
    await expect(page.getByTestId("signed-in-as")).toHaveText(`${p.displayName} (${ROLE[p.key]})`);
    expect((await page.context().cookies(HUB_URL)).find((c) => c.name === "hub_session")).toMatchObject({ httpOnly: true, sameSite: "Lax" });

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(HUB_URL);
    // The provider's session ended too: signing in again asks who you are.
    await page.getByRole("link", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Pick an account" })).toBeVisible();
  });
}

test("signInAs gives a page the persona's session", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/");
  await expect(page.getByTestId("signed-in-as")).toContainText("Ada Admin");
  await signInAs(page, "builder");
  await page.goto("/");
  await expect(page.getByTestId("signed-in-as")).toContainText("Bea Builder");
});

test("a replayed callback (same state and code) is refused", async ({ page }) => {
  let callback: string | undefined;
  page.on("request", (r) => {
    if (r.url().startsWith(`${HUB_URL}/auth/callback`)) callback = r.url();
  });
  await signInThroughProvider(page, "maker");
  expect(callback).toContain("state=");
  const replay = await page.goto(callback!);
  expect(replay?.status()).toBe(401);
  await expect(page.getByRole("heading", { name: "Sign-in failed" })).toBeVisible();
  await expect(page.getByText(/already used or has expired/)).toBeVisible();
  await expect(page.locator("body")).not.toContainText(/at \w+ \(|node_modules/);
});

test("a tampered session cookie counts as signed out", async ({ page }) => {
  await signInAs(page, "maker");
  const [session] = (await page.context().cookies(HUB_URL)).filter((c) => c.name === "hub_session");
  const value = session!.value;
  const flipped = value.slice(0, -6) + (value.at(-6) === "A" ? "B" : "A") + value.slice(-5);
  await page.context().addCookies([{ ...session!, value: flipped }]);
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  const response = await page.request.get("/api/v1/tokens");
  expect(response.status()).toBe(401);
  const body = await response.json();
  expect(body.error.code).toBe("UNAUTHORIZED");
  expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|node_modules|stack/);
});
