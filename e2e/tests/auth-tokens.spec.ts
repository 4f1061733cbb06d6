import { expect, test } from "@playwright/test";
import { HUB_URL, signInAs } from "../fixtures/sign-in.ts";

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);

test("a maker creates a token (shown once), CI uses it as a Bearer token, and after revocation it is refused", async ({ page, playwright }) => {
  await signInAs(page, "maker");
  const created = await page.request.post("/api/v1/tokens", {
    headers: { origin: HUB_URL },
    data: { name: "invoices CI", scopes: ["validate"], expiresInDays: 30 },
  });
  expect(created.status()).toBe(201);
  const { token } = await created.json();
  expect(token.secret).toMatch(/^chub_/);

  // The list never shows the secret again.
  const listed = await (await page.request.get("/api/v1/tokens")).text();
  expect(listed).toContain("invoices CI");
  expect(listed).not.toContain(token.secret);

  // CI: no cookies, just the token.
  const ci = await playwright.request.newContext({ baseURL: HUB_URL, extraHTTPHeaders: { authorization: `Bearer ${token.secret}` } });
  const definition = { swagger: "2.0", info: { title: "CI check", version: "1.0" }, host: "api.contoso.example", basePath: "/", schemes: ["https"], paths: {} };
  expect((await ci.post("/api/v1/validate", { data: definition })).status()).toBe(200);
  // The token has only "validate": it cannot upload.
  const upload = await ci.post("/api/v1/connectors/northwind-erp/versions", { data: definition });
  expect(upload.status()).toBe(403);
  expect((await upload.json()).error.message).toContain('scope "connectors:write"');
  // Nor mint more tokens.
  expect((await ci.post("/api/v1/tokens", { data: { name: "more", scopes: ["validate"] } })).status()).toBe(403);

  expect((await page.request.delete(`/api/v1/tokens/${token.id}`, { headers: { origin: HUB_URL } })).status()).toBe(200);
  const refused = await ci.post("/api/v1/validate", { data: definition });
  expect(refused.status()).toBe(401);
  const body = await refused.text();
  expect(body).toContain("was revoked");
  noStack(body);
  await ci.dispose();
});

test("a builder cannot create tokens", async ({ page }) => {
  await signInAs(page, "builder");
  const response = await page.request.post("/api/v1/tokens", { headers: { origin: HUB_URL }, data: { name: "x", scopes: ["validate"] } });
  expect(response.status()).toBe(403);
  expect((await response.json()).error.message).toMatch(/makers/i);
});

test("a cookie-authenticated change from another site is refused (CSRF Origin check)", async ({ page }) => {
  await signInAs(page, "maker");
  const response = await page.request.post("/api/v1/tokens", { headers: { origin: "https://evil.example" }, data: { name: "stolen", scopes: ["validate"] } });
  expect(response.status()).toBe(403);
  const body = await response.json();
  expect(body.error.message).toContain("Origin");
  noStack(JSON.stringify(body));
  const listed = await (await page.request.get("/api/v1/tokens")).text();
  expect(listed).not.toContain("stolen");
});

test("pages carry the security headers, and the CSP blocks nothing the hub itself needs", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await signInAs(page, "maker");
  // Searched, so the card is on the first page whatever else the catalog holds.
  const response = await page.goto("/?q=holiday");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // Client-side navigation works only if Next's scripts ran under the CSP.
  await page.getByRole("link", { name: "Public Holidays" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Public Holidays");
  expect(violations).toEqual([]);
});

test("a maker creates and revokes a token on the API tokens page; the secret shows once", async ({ page }) => {
  await signInAs(page, "maker");
  await page.goto("/");
  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { name: "API tokens" })).toBeVisible();
  await page.getByLabel("Name").fill("tickets repo CI");
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = await page.getByTestId("new-token-secret").textContent();
  expect(secret).toMatch(/^chub_/);
  const row = page.getByRole("row", { name: /tickets repo CI/ });
  await expect(row).toContainText("Active");

  await page.reload();
  await expect(page.getByTestId("new-token-secret")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText(secret!);

  await page
    .getByRole("row", { name: /tickets repo CI/ })
    .getByRole("button", { name: "Revoke tickets repo CI" })
    .click();
  await expect(page.getByRole("row", { name: /tickets repo CI/ })).toContainText("Revoked");
  const refused = await page.request.post("/api/v1/validate", { headers: { authorization: `Bearer ${secret}` }, data: { swagger: "2.0" } });
  expect(refused.status()).toBe(401);
});

test("a builder sees why they cannot create tokens", async ({ page }) => {
  await signInAs(page, "builder");
  await page.goto("/auth/tokens");
  await expect(page.getByText("Makers (app role Hub.Maker) create tokens.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Create token" })).toHaveCount(0);
});
