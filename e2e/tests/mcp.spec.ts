import { expect, test } from "@playwright/test";
import { signInAs } from "../fixtures/sign-in.ts";

const unique = () => Math.random().toString(36).slice(2, 8);

const mcpDefinition = (title: string) => `swagger: "2.0"
info:
  title: ${title}
  description: The warehouse's MCP server, reached by Copilot Studio agents.
  version: "1.0"
host: mcp.northwind-traders.net
basePath: /
schemes: [https]
paths:
  /mcp:
    post:
      summary: Warehouse MCP server
      x-ms-agentic-protocol: mcp-streamable-1.0
      operationId: InvokeMCP
      responses:
        "200":
          description: Success
`;

const keyedMcpDefinition = (title: string) => `${mcpDefinition(title)}securityDefinitions:
  api_key:
    type: apiKey
    in: header
    name: x-api-key
security:
  - api_key: []
`;

test.describe("MCP connectors", () => {
  test.beforeEach(async ({ page }) => {
    await signInAs(page, "maker");
  });

  test("an imported MCP connector is recognised as an MCP server, with its endpoint", async ({ page }) => {
    const title = `Warehouse MCP ${unique()}`;
    await page.goto("/connectors/new");
    await page.getByRole("tab", { name: "Paste" }).click();
    await page.getByLabel("Definition text").fill(mcpDefinition(title));
    await expect(page.getByRole("status").filter({ hasText: "Read as" })).toContainText("an OpenAPI YAML file");
    await page.getByRole("button", { name: "Save as private draft" }).click();
    await page.waitForURL(/\/connectors\/warehouse-mcp-/);
    await expect(page.getByTestId("kind-badge")).toHaveText("MCP server");
    const section = page.getByRole("region", { name: "MCP tools" });
    await expect(section).toContainText("https://mcp.northwind-traders.net/mcp");
    await expect(section).toContainText("No discovery yet");
  });

  test("the owner saves a test connection for discovery, sees which field is saved (never the key), and removes it", async ({ page }) => {
    const title = `Keyed MCP ${unique()}`;
    const key = `e2e-key-${unique()}${unique()}`;
    await page.goto("/connectors/new");
    await page.getByRole("tab", { name: "Paste" }).click();
    await page.getByLabel("Definition text").fill(keyedMcpDefinition(title));
    await page.getByRole("button", { name: "Save as private draft" }).click();
    await page.waitForURL(/\/connectors\/keyed-mcp-/);
    const saved = page.getByTestId("mcp-test-connection");
    await expect(saved).toContainText("None saved");
    await saved.getByLabel("API key").fill(key);
    await saved.getByRole("button", { name: "Save test connection" }).click();
    await expect(page.getByTestId("mcp-test-connection-saved")).toContainText(/Saved on \d{4}-\d{2}-\d{2} \(apiKey\) by Maya Maker/);
    await expect(saved.getByLabel("API key")).toHaveValue("");
    await page.reload();
    await expect(page.getByTestId("mcp-test-connection-saved")).toContainText("(apiKey)");
    expect(await page.content()).not.toContain(key);
    await saved.getByRole("button", { name: "Remove" }).click();
    await expect(saved).toContainText("None saved");
  });

  test("discover the sample MCP server's tools, see the $ref tool flagged with what to change, call a tool from the Test tab", async ({ page }) => {
    await page.goto("/connectors/sample-inventory-mcp");
    await expect(page.getByTestId("kind-badge")).toHaveText("MCP server");
    await page.getByRole("button", { name: "Discover tools" }).click();
    const tools = page.getByRole("table", { name: "MCP tools" });
    await expect(tools).toContainText("list_products");
    const flagged = tools.getByRole("row").filter({ hasText: "set_order_status" });
    await expect(flagged).toContainText("McpToolSchemaRef");
    await expect(flagged).toContainText("filters the tool out");
    await expect(flagged).toContainText("Inline the referenced schemas");
    await expect(tools.getByRole("row").filter({ hasText: "create_order" })).toContainText("Ready");
    await expect(page.getByTestId("mcp-discovery-summary")).toContainText("3 tools, 1 not agent-ready");
    await expect(page.getByRole("region", { name: "MCP tools" })).toContainText("inventory://stock-levels");

    await page.getByRole("link", { name: "Test", exact: true }).click();
    await expect(page).toHaveURL(/\/connectors\/sample-inventory-mcp\/test$/);
    await page.getByLabel("Tool", { exact: true }).selectOption("list_products");
    await page.getByLabel(/^search/).fill("Hammer");
    await page.getByRole("button", { name: "Call list_products" }).click();
    await expect(page.getByTestId("mcp-tool-result")).toContainText("Hammer");
  });

  test("an administrator reviews the sharing request of an MCP connector with its tool list and readiness, then approves it", async ({ page }) => {
    // Maya's Warehouse Agent Tools (seeded with one discovery: three tools, one with a $ref Copilot Studio filters out).
    await page.goto("/connectors/warehouse-agent-tools/share");
    await page.getByLabel("The whole organization").check();
    await page.getByLabel(/Business justification/).fill("Stock agents look up products and place orders.");
    await page.getByLabel(/Conditions of use/).fill("Internal use only; no personal data.");
    await page.getByLabel(/I accept the risk of sharing a connector without authentication/).check();
    await page.getByRole("button", { name: "Check gates" }).click();
    await expect(page.getByRole("region", { name: "Checks before submitting" })).toContainText("Risk score");
    await expect(page.getByTestId("gate").filter({ hasText: /^Blocking/ })).toHaveCount(0);
    await page.getByRole("button", { name: "Submit request" }).click();
    await expect(page).toHaveURL(/\/requests\/[a-z0-9]+$/);
    const requestUrl = page.url();

    await signInAs(page, "admin");
    await page.goto("/requests?queue=review");
    await page.getByTestId("sharing-request-row").filter({ hasText: "Warehouse Agent Tools" }).getByRole("link", { name: "Warehouse Agent Tools" }).click();
    await expect(page).toHaveURL(requestUrl);
    const review = page.getByRole("region", { name: "MCP tools under review" });
    await expect(review.getByTestId("request-tool-summary")).toContainText("3 tools, 1 not agent-ready");
    const tools = review.getByRole("list", { name: "Tools in this request" }).getByRole("listitem");
    await expect(tools).toHaveText([
      /^list_products · Lists the warehouse's products/,
      /^create_order · Places an order/,
      /^set_order_status · .*McpToolSchemaRef$/,
    ]);
    await expect(tools.filter({ hasText: "list_products" })).not.toContainText("Mcp");

    for (const [button, stage] of [
      ["Start maker checks", "Maker checks"],
      ["Maker checks complete", "Risk assessment"],
      ["Risk assessed", "Admin decision"],
      ["Approve", "Approved"],
    ] as const) {
      await page.getByRole("button", { name: button, exact: true }).click();
      await expect(page.getByTestId("request-stage")).toHaveText(stage);
    }
    // The decision is pinned to the list the administrator saw.
    const covered = page.getByRole("region", { name: "MCP tools this decision covers" });
    await expect(covered.getByRole("listitem")).toHaveCount(3);
    await expect(covered).toContainText("set_order_status");
    await expect(page.getByTestId("tools-added-since-decision")).toHaveCount(0);
  });
});
