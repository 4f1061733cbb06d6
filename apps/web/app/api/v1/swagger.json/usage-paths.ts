// Usage and impact (#20) in the hub's OpenAPI definition (see hub-openapi.ts): who uses a connector, what a
// candidate definition would break, for a connector repository's CI, what revoking a share stops, and adopting a
// connector found in an environment into the catalog.
import { answer, bodyParam, errorResponse as error, slugParam, type HubApiPath } from "./api-types.ts";

const inventoryId = {
  name: "id",
  in: "path",
  required: true,
  type: "string",
  "x-ms-summary": "Inventory connector id",
  description: "The id of the connector in the inventory (the not-catalogued list).",
};

export const USAGE_API_PATHS: HubApiPath[] = [
  {
    path: "/api/v1/connectors/{slug}/usage",
    operations: {
      get: {
        operationId: "GetConnectorUsage",
        summary: "Get who uses a connector",
        description:
          "Lists the apps, flows and Copilot Studio agents in the organization's environments that use the connector, with owners and last modified, and per operation how many flows call it. For its owners and administrators.",
        parameters: [slugParam],
        responses: {
          "200": { description: "Usage per environment and operation", schema: { $ref: "#/definitions/ConnectorUsage" } },
          "401": error("Not signed in"),
          "403": error("Not an owner or administrator of the connector"),
          "404": error("No such connector"),
        },
      },
    },
  },
  {
    path: "/api/v1/connectors/{slug}/impact",
    operations: {
      post: {
        operationId: "PreviewConnectorImpact",
        summary: "Preview what a definition breaks",
        description:
          "Compares a candidate definition with the connector's newest version and names, for each breaking change, the flows it reaches with their owners and environments. Saves nothing; breaksFlows is true when a flow is reached.",
        consumes: ["multipart/form-data"],
        parameters: [
          slugParam,
          {
            name: "file",
            in: "formData",
            required: true,
            type: "file",
            "x-ms-summary": "File",
            description: "The candidate definition (OpenAPI 2.0, Postman, paconn zip).",
          },
        ],
        responses: {
          "200": { description: "The changes and the flows they reach", schema: { $ref: "#/definitions/ImpactPreview" } },
          "401": error("Not signed in"),
          "403": error("Not an owner or administrator of the connector"),
          "404": error("No such connector"),
          "422": error("The definition cannot be read"),
        },
      },
    },
  },
  {
    path: "/api/v1/shares/{id}/revocation-impact",
    operations: {
      get: {
        operationId: "PreviewShareRevocation",
        summary: "Preview what revoking a share stops",
        description:
          "Before revoking a share: the people who would lose access (reached by it, with no other way to read the connector) and their flows, apps and agents that use the connector, per environment, with exact totals. For the connector's owner, co-owners and administrators; saves nothing.",
        parameters: [{ name: "id", in: "path", required: true, type: "string", "x-ms-summary": "Share id", description: "The id of the share." }],
        responses: {
          "200": { description: "Who loses access and which of their flows, apps and agents stop", schema: { $ref: "#/definitions/RevocationImpact" } },
          "401": error("Not signed in"),
          "403": error("Not an owner, co-owner or administrator of the connector"),
          "404": error("No such share"),
          "409": error("The share was revoked already"),
        },
      },
    },
  },
  {
    path: "/api/v1/inventory/connectors/{id}/adoption",
    operations: {
      post: {
        operationId: "AdoptInventoryConnector",
        summary: "Adopt a connector into the catalog",
        description:
          "Imports the stored definition of a custom connector found in an environment but not in the catalog, as a private draft owned by the chosen maker, and links the inventory to it. For administrators.",
        parameters: [inventoryId, bodyParam("The new owner", "AdoptionInput")],
        responses: {
          "201": answer("The new catalog connector", "Adoption"),
          "400": error("The owner is not an active maker"),
          "401": error("Not signed in"),
          "403": error("Administrators only"),
          "404": error("No such connector in the inventory"),
          "409": error("Already in the catalog"),
          "422": error("No stored definition: sync again or import the file"),
        },
      },
    },
  },
  {
    path: "/api/v1/inventory/sync-runs",
    operations: {
      get: {
        operationId: "ListInventorySyncRuns",
        summary: "List inventory syncs",
        description: "The newest inventory syncs and imports, newest first, with the progress each committed last. For administrators.",
        parameters: [
          {
            name: "take",
            in: "query",
            required: false,
            type: "integer",
            default: 5,
            minimum: 1,
            maximum: 50,
            "x-ms-summary": "How many",
            description: "How many runs to list (1 to 50).",
          },
        ],
        responses: {
          "200": answer("The runs", "InventorySyncRuns"),
          "400": error("Invalid query"),
          "401": error("Not signed in"),
          "403": error("Administrators only"),
        },
      },
    },
  },
];
