// The hub's MCP connector endpoints in its OpenAPI definition (see hub-openapi.ts): tool discovery and tool calls.
import { answer, bodyParam as body, errorResponse as error, op, slugParam as slug, type HubApiPath } from "./api-types.ts";

export const MCP_API_PATHS: HubApiPath[] = [
  {
    path: "/api/v1/connectors/{slug}/mcp/discoveries",
    operations: {
      get: op(
        "ListMcpDiscoveries",
        "List MCP tool discoveries",
        "Lists the tool lists discovered from an MCP connector's server, newest first, with changes and agent readiness.",
        {
          parameters: [slug],
          responses: { "200": answer("The discoveries", "McpDiscoveries"), "404": error("No such connector") },
        },
      ),
      post: op("DiscoverMcpTools", "Discover MCP tools", "Lists the tools and resources of an MCP connector's server now and stores them with what changed.", {
        consumes: ["application/json"],
        parameters: [
          slug,
          body('The test connection, like { "connection": { "apiKey": "..." } }, used for this call only; {} uses the saved one.', "McpDiscoverInput"),
        ],
        responses: {
          "201": answer("The discovery", "McpDiscovery"),
          "403": error("Not an editor of the connector"),
          "404": error("No such connector"),
          "422": error("Not an MCP connector, or the server could not be reached or read"),
        },
      }),
    },
  },
  {
    path: "/api/v1/connectors/{slug}/mcp/test-connection",
    operations: {
      get: op(
        "GetMcpTestConnection",
        "Get the saved MCP test connection",
        "Tells whether a test connection is saved for discovery, which fields, when and by whom; never the values.",
        {
          parameters: [slug],
          responses: {
            "200": answer("The saved test connection, without values", "McpTestConnection"),
            "403": error("Not an editor of the connector"),
            "404": error("No such connector"),
            "422": error("Not an MCP connector"),
          },
        },
      ),
      put: op(
        "SaveMcpTestConnection",
        "Save the MCP test connection",
        "Saves the test connection discovery uses when none is given, encrypted; never logged or answered.",
        {
          consumes: ["application/json"],
          parameters: [slug, body('The test connection, like { "connection": { "apiKey": "..." } }.', "McpTestConnectionInput")],
          responses: {
            "200": answer("The saved test connection, without values", "McpTestConnection"),
            "403": error("Not an editor of the connector"),
            "404": error("No such connector"),
            "422": error("Not an MCP connector"),
            "503": error("The hub has no connection key"),
          },
        },
      ),
      delete: op("DeleteMcpTestConnection", "Remove the MCP test connection", "Removes the saved test connection of an MCP connector.", {
        parameters: [slug],
        responses: {
          "204": { description: "Removed (or none was saved)" },
          "403": error("Not an editor of the connector"),
          "404": error("No such connector"),
          "422": error("Not an MCP connector"),
        },
      }),
    },
  },
  {
    path: "/api/v1/connectors/{slug}/mcp/tool-calls",
    operations: {
      post: op("CallMcpTool", "Call an MCP tool", "Calls one tool of an MCP connector's server with the given arguments and returns its result.", {
        consumes: ["application/json"],
        parameters: [slug, body('The call, like { "tool": "list_products", "arguments": {}, "connection": {} }.', "McpToolCallInput")],
        responses: { "200": answer("The result", "McpToolCall"), "404": error("No such connector"), "422": error("Not an MCP connector, or the call failed") },
      }),
    },
  },
];
