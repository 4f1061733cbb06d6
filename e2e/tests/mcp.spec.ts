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
});
