// The hub's own REST API as an OpenAPI 2.0 definition, so the hub can itself be wrapped as a custom connector.
// Other areas add their endpoints by appending entries to HUB_API_PATHS (and schemas to HUB_API_DEFINITIONS);
// `npx connector-hub validate --certification` must keep passing on the served document.

import { GOVERNANCE_API_PATHS } from "./governance-paths.ts";

type Schema = Record<string, unknown>;

export interface HubApiOperation {
  operationId: string;
  summary: string;
  description: string;
  parameters?: Schema[];
  consumes?: string[];
  produces?: string[];
  responses: Record<string, Schema>;
  security?: Record<string, string[]>[];
  "x-ms-visibility"?: "important" | "advanced" | "internal";
}

export interface HubApiPath {
  path: string;
  operations: Partial<Record<"get" | "post" | "put" | "patch" | "delete", HubApiOperation>>;
}

const ref = (name: string) => ({ $ref: `#/definitions/${name}` });
const errorResponse = (description: string) => ({ description, schema: ref("Error") });
const slugParam = { name: "slug", in: "path", required: true, type: "string", description: "The connector's address in the catalog, like contoso-invoices.", "x-ms-summary": "Connector slug" };
const listParam = (name: string, summary: string, values: string[]) => ({
  name, in: "query", required: false, type: "string", "x-ms-summary": summary,
  description: `Comma-separated values among ${values.join(", ")}.`, "x-ms-visibility": "advanced",
});
const uploadParams = [
  { name: "file", in: "formData", required: true, type: "file", "x-ms-summary": "File", description: "OpenAPI 2.0 JSON or YAML, a Postman collection, or a zipped paconn folder (5 MB at most)." },
];

export const HUB_API_DEFINITIONS: Record<string, Schema> = {
  Error: {
    type: "object",
    properties: {
      error: {
        type: "object",
        properties: {
          code: { type: "string", description: "Machine-readable error code.", "x-ms-summary": "Code" },
          message: { type: "string", description: "What went wrong and what to change.", "x-ms-summary": "Message" },
          requestId: { type: "string", description: "Quote it when asking for help.", "x-ms-summary": "Request id" },
        },
      },
    },
  },
  Finding: {
    type: "object",
    properties: {
      code: { type: "string", description: "The rule code.", "x-ms-summary": "Rule code" },
      severity: { type: "string", enum: ["error", "warning", "info"], description: "How serious the finding is.", "x-ms-summary": "Severity" },
      message: { type: "string", description: "What is wrong and what to change.", "x-ms-summary": "Message" },
      path: { type: "string", description: "JSON pointer into the file.", "x-ms-summary": "JSON pointer" },
      line: { type: "integer", format: "int32", description: "Line in the file (1-based).", "x-ms-summary": "Line" },
      column: { type: "integer", format: "int32", description: "Column in the line (1-based).", "x-ms-summary": "Column" },
      file: { type: "string", description: "The file the finding is in.", "x-ms-summary": "File" },
    },
  },
  CatalogItem: {
    type: "object",
    properties: {
      slug: { type: "string", description: "The connector's address.", "x-ms-summary": "Slug" },
      title: { type: "string", description: "The connector's title.", "x-ms-summary": "Title" },
      publisher: { type: "string", description: "Who publishes it.", "x-ms-summary": "Publisher" },
      host: { type: "string", description: "The API's host.", "x-ms-summary": "Host" },
      brandColor: { type: "string", description: "The connector's brand colour, like #0078d4.", "x-ms-summary": "Brand colour" },
      hasIcon: { type: "boolean", description: "Whether the connector has an icon to download.", "x-ms-summary": "Has icon" },
      authType: { type: "string", description: "How connections authenticate.", "x-ms-summary": "Authentication" },
      hosting: { type: "string", description: "Cloud or on-premises gateway.", "x-ms-summary": "Hosting" },
      scope: { type: "string", description: "Who it is shared with.", "x-ms-summary": "Sharing scope" },
      lifecycle: { type: "string", description: "Draft, in review, published, deprecated or retired.", "x-ms-summary": "Lifecycle" },
      actionCount: { type: "integer", format: "int32", description: "Number of actions.", "x-ms-summary": "Actions" },
      triggerCount: { type: "integer", format: "int32", description: "Number of triggers.", "x-ms-summary": "Triggers" },
      errorCount: { type: "integer", format: "int32", description: "Validation errors of the current version.", "x-ms-summary": "Errors" },
    },
  },
  CatalogPage: {
    type: "object",
    properties: {
      items: { type: "array", items: ref("CatalogItem"), description: "The connectors of this page.", "x-ms-summary": "Connectors" },
      total: { type: "integer", format: "int32", description: "How many connectors match.", "x-ms-summary": "Total" },
      nextCursor: { type: "string", description: "Pass as cursor for the next page; absent on the last page.", "x-ms-summary": "Next cursor" },
    },
  },
  ImportResult: {
    type: "object",
    properties: {
      connector: {
        type: "object",
        properties: {
          slug: { type: "string", description: "The new connector's address.", "x-ms-summary": "Slug" },
          title: { type: "string", description: "The connector's title.", "x-ms-summary": "Title" },
          url: { type: "string", description: "The connector's page.", "x-ms-summary": "Page" },
        },
      },
      version: {
        type: "object",
        properties: {
          number: { type: "integer", format: "int32", description: "The version number.", "x-ms-summary": "Version" },
          errorCount: { type: "integer", format: "int32", description: "Validation errors.", "x-ms-summary": "Errors" },
          breakingCount: { type: "integer", format: "int32", description: "Breaking changes against the previous version.", "x-ms-summary": "Breaking changes" },
        },
      },
      findings: { type: "array", items: ref("Finding"), description: "Every validation finding.", "x-ms-summary": "Findings" },
    },
  },
  ValidationResult: {
    type: "object",
    properties: {
      sourceFormat: { type: "string", description: "What the upload was read as.", "x-ms-summary": "Source format" },
      findings: { type: "array", items: ref("Finding"), description: "Every validation finding.", "x-ms-summary": "Findings" },
    },
  },
  Connector: {
    type: "object",
    properties: {
      slug: { type: "string", description: "The connector's address.", "x-ms-summary": "Slug" },
      title: { type: "string", description: "The connector's title.", "x-ms-summary": "Title" },
      description: { type: "string", description: "What the connector does.", "x-ms-summary": "Description" },
      host: { type: "string", description: "The API's host.", "x-ms-summary": "Host" },
      authType: { type: "string", description: "How connections authenticate.", "x-ms-summary": "Authentication" },
      scope: { type: "string", description: "Who it is shared with.", "x-ms-summary": "Sharing scope" },
    },
  },
};

const CATALOG_API_PATHS: HubApiPath[] = [
  {
    path: "/api/v1/connectors",
    operations: {
      get: {
        operationId: "ListConnectors",
        summary: "Search connectors",
        description: "Searches the catalog by words of title, description, publisher, host and operations, with facet filters. Lists only what the caller may read: without credentials, PUBLIC connectors only.",
        parameters: [
          { name: "q", in: "query", required: false, type: "string", "x-ms-summary": "Search", description: "Words to search for." },
          listParam("auth", "Authentication", ["NONE", "API_KEY", "BASIC", "OAUTH2", "WINDOWS"]),
          listParam("hosting", "Hosting", ["CLOUD", "ON_PREMISES"]),
          listParam("scope", "Sharing scope", ["PRIVATE", "USERS", "ORGANIZATION", "PUBLIC"]),
          listParam("lifecycle", "Lifecycle", ["DRAFT", "IN_REVIEW", "PUBLISHED", "DEPRECATED", "RETIRED"]),
          { name: "cursor", in: "query", required: false, type: "string", "x-ms-summary": "Cursor", description: "The nextCursor of the previous page.", "x-ms-visibility": "advanced" },
        ],
        responses: { "200": { description: "One page of connectors", schema: ref("CatalogPage") }, "400": errorResponse("Invalid query") },
      },
      post: {
        operationId: "ImportConnector",
        summary: "Import a connector",
        description: "Imports a connector from an OpenAPI 2.0 file, a Postman collection or a paconn zip, as a private draft: sharing it wider goes through a sharing request.",
        consumes: ["multipart/form-data"],
        parameters: [
          ...uploadParams,
          { name: "scope", in: "formData", required: false, type: "string", enum: ["PRIVATE"], "x-ms-summary": "Sharing scope", description: "Only PRIVATE: a wider scope is refused (403); request sharing on the connector's Share page after the import." },
          { name: "title", in: "formData", required: false, type: "string", "x-ms-summary": "Title", description: "Overrides the title of the definition." },
        ],
        responses: {
          "201": { description: "Imported", schema: ref("ImportResult") },
          "401": errorResponse("Not signed in"),
          "403": errorResponse("Your licence does not include custom connectors, or a scope wider than PRIVATE"),
          "409": errorResponse("Your plan's cap is reached (LICENCE_CAP_REACHED), or the chosen slug is taken"),
          "413": errorResponse("Upload above 5 MB"),
          "415": errorResponse("Unsupported file type"),
          "422": errorResponse("Unreadable, or errors in a shared connector"),
        },
      },
    },
  },
  {
    path: "/api/v1/connectors/{slug}",
    operations: {
      get: {
        operationId: "GetConnector",
        summary: "Get a connector",
        description: "Gets a connector's overview, its actions and triggers, and its versions.",
        parameters: [slugParam],
        responses: { "200": { description: "The connector", schema: ref("Connector") }, "404": errorResponse("No such connector") },
      },
    },
  },
  {
    path: "/api/v1/connectors/{slug}/versions",
    operations: {
      post: {
        operationId: "AddConnectorVersion",
        summary: "Upload a new version",
        description: "Uploads a new version of a connector; the answer lists the changes that break flows built on the previous one.",
        consumes: ["multipart/form-data"],
        parameters: [slugParam, ...uploadParams],
        responses: { "201": { description: "Version added", schema: ref("ImportResult") }, "404": errorResponse("No such connector"), "409": errorResponse("Identical to the current version") },
      },
    },
  },
  {
    path: "/api/v1/connectors/{slug}/versions/{number}",
    operations: {
      get: {
        operationId: "GetConnectorVersion",
        summary: "Get a connector version",
        description: "Gets one version of a connector: its findings and the changes against the version before it.",
        parameters: [
          slugParam,
          { name: "number", in: "path", required: true, type: "integer", format: "int32", "x-ms-summary": "Version", description: "The version number, from 1." },
        ],
        responses: { "200": { description: "The version", schema: { type: "object", description: "The version with its findings and breaking changes" } }, "404": errorResponse("No such connector or version") },
      },
    },
  },
  {
    path: "/api/v1/connectors/{slug}/definition",
    operations: {
      get: {
        operationId: "DownloadDefinition",
        summary: "Download a definition",
        description: "Downloads a version's definition as uploaded, as JSON, or as a paconn zip.",
        produces: ["application/json", "application/zip"],
        parameters: [
          slugParam,
          { name: "version", in: "query", required: false, type: "integer", format: "int32", "x-ms-summary": "Version", description: "The version number; the latest when omitted." },
          { name: "format", in: "query", required: false, type: "string", enum: ["source", "json", "paconn"], default: "source", "x-ms-summary": "Format", description: "source (as uploaded), json or paconn (zip)." },
        ],
        responses: { "200": { description: "The file", schema: { type: "file" } }, "404": errorResponse("No such connector or version") },
      },
    },
  },
  {
    path: "/api/v1/connectors/{slug}/icon",
    operations: {
      get: {
        operationId: "GetConnectorIcon",
        summary: "Get a connector icon",
        description: "Downloads the connector's icon (PNG or JPEG), to show on its brand colour.",
        produces: ["image/png", "image/jpeg"],
        parameters: [slugParam],
        responses: { "200": { description: "The icon", schema: { type: "file" } }, "404": errorResponse("No such connector, or it has no icon") },
      },
    },
  },
  {
    path: "/api/v1/validate",
    operations: {
      post: {
        operationId: "ValidateDefinition",
        summary: "Validate a definition",
        description: "Validates a definition, Postman collection or paconn zip without saving it and returns every finding with its line.",
        consumes: ["multipart/form-data"],
        parameters: uploadParams,
        responses: { "200": { description: "The findings", schema: ref("ValidationResult") }, "413": errorResponse("Upload above 5 MB"), "429": errorResponse("Too many anonymous calls") },
      },
    },
  },
];

export const HUB_API_PATHS: HubApiPath[] = [...CATALOG_API_PATHS, ...GOVERNANCE_API_PATHS];

/** The whole document, for the host the request came to. */
export function buildHubOpenApi(host: string): Schema {
  const paths: Record<string, Schema> = {};
  for (const entry of HUB_API_PATHS) paths[entry.path] = { ...paths[entry.path], ...entry.operations };
  return {
    swagger: "2.0",
    info: {
      title: "Hub Catalog",
      description: "Search, import, validate and download the custom connectors of your organization's Connector Hub.",
      version: "1.0",
      contact: { name: "Connector Hub team", url: "https://github.com/connector-hub/connector-hub", email: "hub-team@contoso.example" },
    },
    host,
    basePath: "/",
    schemes: ["https"],
    consumes: ["application/json"],
    produces: ["application/json"],
    paths,
    definitions: HUB_API_DEFINITIONS,
    parameters: {},
    responses: {},
    securityDefinitions: { oauth2_auth: { type: "oauth2", flow: "accessCode", authorizationUrl: "https://login.microsoftonline.com/common/oauth2/authorize", tokenUrl: "https://login.windows.net/common/oauth2/authorize", scopes: {} } },
    security: [{ oauth2_auth: [] }],
    tags: [],
    "x-ms-connector-metadata": [
      { propertyName: "Website", propertyValue: "https://github.com/connector-hub/connector-hub" },
      { propertyName: "Privacy policy", propertyValue: "https://github.com/connector-hub/connector-hub/blob/main/PRIVACY.md" },
      { propertyName: "Categories", propertyValue: "IT Operations;Productivity" },
    ],
  };
}
