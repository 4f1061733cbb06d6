import { expect, test } from "@playwright/test";
import { HUB_URL, signInAs } from "../fixtures/sign-in.ts";

const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

test.describe.serial("certification tracking (issue 21)", () => {
  test("the seeded history: a reader sees Contoso Invoices' timeline, the dashboard how long certification took", async ({ page }) => {
    await signInAs(page, "builder");
    await page.goto("/connectors/contoso-invoices");
    const section = page.getByRole("region", { name: "Certification", exact: true });
    await expect(section.getByTestId("certification-state")).toHaveText("Merged");
    await expect(section).toContainText("Merged 29 days after the first submission.");
    await expect(section.getByRole("link", { name: "Pull request #3812" })).toHaveAttribute(
      "href",
      "https://github.com/microsoft/PowerPlatformConnectors/pull/3812",
    );
    const rows = section.getByRole("table", { name: "Certification states, oldest first" }).getByRole("row");
    await expect(rows).toHaveCount(7);
    await expect(rows.nth(3)).toContainText("Changes requested");
    await expect(rows.nth(3)).toContainText("a test account and a Known issues section");
    // Bea reads it but does not edit it: no form.
    await expect(page.getByRole("form", { name: "Record a certification state" })).toHaveCount(0);

    await signInAs(page, "admin");
    await page.goto("/governance?refresh=1");
    const tile = (term: string) =>
      page
        .locator("dl > div")
        .filter({ has: page.getByText(term, { exact: true }) })
        .locator("dd");
    await expect(tile("Certification in progress")).toHaveText("1 (1 merged)");
    await expect(tile("Median days to certification")).toHaveText("29 days");
  });

  test("an owner records her pull request, is told what to change when a state or date cannot follow, and sees the timeline", async ({ page }) => {
    await signInAs(page, "maker");
    await page.goto("/connectors/northwind-erp");
    const section = page.getByRole("region", { name: "Certification", exact: true });
    await expect(section).toContainText("Not submitted to Microsoft");
    const form = section.getByRole("form", { name: "Record a certification state" });
    await expect(form.getByLabel("Next state").locator("option")).toHaveText(["Submitted"]);

    await form.getByLabel("On").fill(day(5));
    await form.getByLabel(/Pull request/).fill("https://github.com/maya/PowerPlatformConnectors/pull/12");
    await form.getByRole("button", { name: "Record state" }).click();
    await expect(form.getByRole("alert")).toContainText("is not a pull request of microsoft/PowerPlatformConnectors");
    await expect(section.getByTestId("certification-state")).toHaveCount(0);

    await form.getByLabel(/Pull request/).fill("https://github.com/microsoft/PowerPlatformConnectors/pull/4242");
    await form.getByRole("button", { name: "Record state" }).click();
    await expect(section.getByTestId("certification-state")).toHaveText("Submitted");
    await expect(section).toContainText("5 days since first submitted");
    await expect(section.getByRole("link", { name: "Pull request #4242" })).toBeVisible();

    // The form now offers what may follow "submitted"; a day before the submission is refused with the reason.
    await expect(form.getByLabel("Next state").locator("option")).toHaveText(["In review", "Changes requested", "Merged", "Withdrawn", "Rejected"]);
    await form.getByLabel("Next state").selectOption({ label: "Changes requested" });
    await form.getByLabel("On").fill(day(8));
    await form.getByRole("button", { name: "Record state" }).click();
    await expect(form.getByRole("alert")).toContainText(`is before the previous state (submitted on ${day(5)})`);

    await form.getByLabel("On").fill(day(2));
    await form.getByLabel("Note").fill("Reviewers want a test account.");
    await form.getByRole("button", { name: "Record state" }).click();
    await expect(section.getByTestId("certification-state")).toHaveText("Changes requested");
    const rows = section.getByRole("table", { name: "Certification states, oldest first" }).getByRole("row");
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1).getByRole("cell").nth(0)).toHaveText(day(5));
    await expect(rows.nth(1).getByRole("cell").nth(2)).toHaveText("3 days");
    await expect(rows.nth(2)).toContainText("Reviewers want a test account.");
    await expect(rows.nth(2)).toContainText("Maya");

    // The same through the API: the timeline and a state that cannot follow (409 with the reason).
    const timeline = (await (await page.request.get("/api/v1/connectors/northwind-erp/certification/events")).json()) as { current: string; next: string[] };
    expect(timeline.current).toBe("CHANGES_REQUESTED");
    const refused = await page.request.post("/api/v1/connectors/northwind-erp/certification/events", {
      headers: { origin: HUB_URL },
      data: { state: "MERGED" },
    });
    expect(refused.status()).toBe(409);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain("cannot be merged next");
  });
});
