// The hub's own REST API as an OpenAPI 2.0 definition, so the hub can itself be wrapped as a custom connector.
// Other areas add their endpoints by appending entries to HUB_API_PATHS (and the zod schemas of their answers to
// HUB_API_DEFINITIONS);
// `npx connector-hub validate --certification` must keep passing on the served document.

import { ENTRA_ID_OAUTH2_SECURITY } from "@connector-hub/definitions";
import {
  ZApiError,
  ZCatalogItem,
  ZCatalogResponse,
  ZChange,
  ZCertificationEventInput,
  ZCertificationReport,
  ZCertificationTimeline,
  ZConnectorResponse,
  ZFinding,
  ZImportResponse,
  ZValidateResponse,
  ZVersionResponse,
} from "@/server/connectors/schemas.ts";
import { ZAuditEvent, ZAuditPage } from "@/server/audit/schemas.ts";
import { ZEligibility, ZEligibilityBulkInput, ZEligibilityBulkReport, ZEligibilityVerdict } from "@/server/licence/schemas.ts";
import { ZDlpPolicyAnswer, ZDlpPolicyCopyInput, ZDlpPolicyList, ZDlpPreview } from "@/server/dlp/schemas.ts";
import { ZSharingActionInput, ZSharingRequestInput } from "@connector-hub/db";
import { ZDlpPolicy } from "@connector-hub/governance";
import {
  ZCreatedSharingRequest,
  ZRevokedShare,
  ZSharingEvaluation,
  ZSharingQueue,
  ZSharingQueueItem,
  ZSharingRequestDetail,
  ZSharingStepResult,
} from "@/server/sharing/schemas.ts";
import { ZGovernanceDashboard } from "@/server/dashboard/schemas.ts";
import { swaggerDefinitions } from "@/server/openapi/zod-to-swagger.ts";
import { errorResponse, fileUploadParam, ref, slugParam, uploadTooLarge, type HubApiPath } from "./api-types.ts";
import { CERTIFICATION_API_PATHS } from "./certification-paths.ts";
import { GOVERNANCE_API_PATHS } from "./governance-paths.ts";
import { MCP_API_PATHS } from "./mcp-paths.ts";
import {
  ZMcpDiscoverInput,
  ZMcpDiscoveriesResponse,
  ZMcpDiscovery,
  ZMcpTestConnection,
  ZMcpTestConnectionInput,
  ZMcpToolCallInput,
  ZMcpToolCallResponse,
} from "@/server/mcp/schemas.ts";
import { PUBLISHED_API_PATHS } from "./published-paths.ts";
import { ZPublishedMatches, ZPublishedSnapshot } from "@/server/published/schemas.ts";
import { USAGE_API_PATHS } from "./usage-paths.ts";
import {
  ZAdoptionAnswer,
  ZAdoptionInput,
  ZBreakingImpact,
  ZConnectorUsage,
  ZImpactPreview,
  ZInventorySyncRuns,
  ZRevocationImpact,
  ZUsageResource,
} from "@/server/inventory/schemas.ts";

type Schema = Record<string, unknown>;

const listParam = (name: string, summary: string, values: string[]) => ({
  name,
  in: "query",
  required: false,
  type: "string",
  "x-ms-summary": summary,
  description: `Comma-separated values among ${values.join(", ")}.`,
  "x-ms-visibility": "advanced",
});

/**
 * The response schemas, generated from the zod schemas the routes parse their answers with (descriptions and
 * x-ms-summary are those schemas' metadata): a field added to an answer appears here by itself.
 */
export const HUB_API_DEFINITIONS: Record<string, Schema> = {
  ...swaggerDefinitions({
    Error: ZApiError,
    Finding: ZFinding,
    Change: ZChange,
    CatalogItem: ZCatalogItem,
    CatalogPage: ZCatalogResponse,
    ImportResult: ZImportResponse,
    ValidationResult: ZValidateResponse,
    Connector: ZConnectorResponse,
    CertificationReport: ZCertificationReport,
    CertificationTimeline: ZCertificationTimeline,
    ConnectorVersion: ZVersionResponse,
    DlpPolicy: ZDlpPolicyAnswer,
    DlpPolicyList: ZDlpPolicyList,
    DlpPreview: ZDlpPreview,
    RevokedShare: ZRevokedShare,
    SharingQueueItem: ZSharingQueueItem,
    SharingQueue: ZSharingQueue,
    SharingEvaluation: ZSharingEvaluation,
    CreatedSharingRequest: ZCreatedSharingRequest,
    SharingRequest: ZSharingRequestDetail,
    SharingStepResult: ZSharingStepResult,
    GovernanceDashboard: ZGovernanceDashboard,
    AuditEvent: ZAuditEvent,
    AuditPage: ZAuditPage,
    EligibilityVerdict: ZEligibilityVerdict,
    Eligibility: ZEligibility,
    EligibilityBulkReport: ZEligibilityBulkReport,
    McpDiscovery: ZMcpDiscovery,
    McpDiscoveries: ZMcpDiscoveriesResponse,
    McpTestConnection: ZMcpTestConnection,
    McpToolCall: ZMcpToolCallResponse,
    PublishedMatches: ZPublishedMatches,
    PublishedSnapshot: ZPublishedSnapshot,
    UsageResource: ZUsageResource,
    ConnectorUsage: ZConnectorUsage,
    BreakingImpact: ZBreakingImpact,
    ImpactPreview: ZImpactPreview,
    RevocationImpact: ZRevocationImpact,
    Adoption: ZAdoptionAnswer,
    InventorySyncRuns: ZInventorySyncRuns,
  }),
  // Request bodies: what a caller may send (defaults optional), from the schemas the routes parse them with.
  ...swaggerDefinitions(
    {
      SharingRequestInput: ZSharingRequestInput,
      SharingStep: ZSharingActionInput,
      EligibilityBulkInput: ZEligibilityBulkInput,
      DlpPolicyInput: ZDlpPolicy,
      DlpPolicyCopyInput: ZDlpPolicyCopyInput,
      CertificationEventInput: ZCertificationEventInput,
      McpDiscoverInput: ZMcpDiscoverInput,
      McpToolCallInput: ZMcpToolCallInput,
      AdoptionInput: ZAdoptionInput,
      McpTestConnectionInput: ZMcpTestConnectionInput,
    },
    { io: "input" },
  ),
};

const CATALOG_API_PATHS: HubApiPath[] = [
  {
    path: "/api/v1/connectors",
    operations: {
      get: {
        operationId: "ListConnectors",
        summary: "Search connectors",
        description:
          "Searches the catalog by words of title, description, publisher, host and operations, with facet filters. Lists only what the caller may read: without credentials, PUBLIC connectors only.",
        parameters: [
          { name: "q", in: "query", required: false, type: "string", "x-ms-summary": "Search", description: "Words to search for." },
          listParam("auth", "Authentication", ["NONE", "API_KEY", "BASIC", "OAUTH2", "WINDOWS"]),
          listParam("hosting", "Hosting", ["CLOUD", "ON_PREMISES"]),
          listParam("scope", "Sharing scope", ["PRIVATE", "USERS", "ORGANIZATION", "PUBLIC"]),
          listParam("lifecycle", "Lifecycle", ["DRAFT", "IN_REVIEW", "PUBLISHED", "DEPRECATED", "RETIRED"]),
          listParam("kind", "Kind", ["REST", "MCP"]),
          {
            name: "cursor",
            in: "query",
            required: false,
            type: "string",
            "x-ms-summary": "Cursor",
            description: "The nextCursor of the previous page.",
            "x-ms-visibility": "advanced",
          },
        ],
        responses: { "200": { description: "One page of connectors", schema: ref("CatalogPage") }, "400": errorResponse("Invalid query") },
      },
      post: {
        operationId: "ImportConnector",
        summary: "Import a connector",
        description:
          "Imports a connector from an OpenAPI 2.0 file, a Postman collection or a paconn zip, as a private draft: sharing it wider goes through a sharing request.",
        consumes: ["multipart/form-data"],
        parameters: [
          fileUploadParam,
          {
            name: "scope",
            in: "formData",
            required: false,
            type: "string",
            enum: ["PRIVATE"],
            "x-ms-summary": "Sharing scope",
            description: "Only PRIVATE: a wider scope is refused (403); request sharing on the connector's Share page after the import.",
          },
          { name: "title", in: "formData", required: false, type: "string", "x-ms-summary": "Title", description: "Overrides the title of the definition." },
        ],
        responses: {
          "201": { description: "Imported", schema: ref("ImportResult") },
          "401": errorResponse("Not signed in"),
          "403": errorResponse("Your licence does not include custom connectors, or a scope wider than PRIVATE"),
          "409": errorResponse("Your plan's cap is reached (LICENCE_CAP_REACHED), or the chosen slug is taken"),
          "413": uploadTooLarge,
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
        parameters: [
          slugParam,
          fileUploadParam,
          {
            name: "acknowledgeReason",
            in: "formData",
            required: false,
            type: "string",
            "x-ms-summary": "Acknowledgement",
            description:
              "Why the version should ship although its breaking changes reach flows in environments (10 characters or more; recorded in the audit log).",
          },
        ],
        responses: {
          "201": { description: "Version added", schema: ref("ImportResult") },
          "404": errorResponse("No such connector"),
          "409": errorResponse(
            "Identical to the current version, or its breaking changes reach flows and no acknowledgeReason was given (ACKNOWLEDGEMENT_REQUIRED)",
          ),
        },
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
          {
            name: "number",
            in: "path",
            required: true,
            type: "integer",
            format: "int32",
            "x-ms-summary": "Version",
            description: "The version number, from 1.",
          },
        ],
        responses: {
          "200": { description: "The version with its findings and breaking changes", schema: ref("ConnectorVersion") },
          "404": errorResponse("No such connector or version"),
        },
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
          {
            name: "version",
            in: "query",
            required: false,
            type: "integer",
            format: "int32",
            "x-ms-summary": "Version",
            description: "The version number; the latest when omitted.",
          },
          {
            name: "format",
            in: "query",
            required: false,
            type: "string",
            enum: ["source", "json", "paconn"],
            default: "source",
            "x-ms-summary": "Format",
            description: "source (as uploaded), json or paconn (zip).",
          },
        ],
        responses: { "200": { description: "The file", schema: { type: "file" } }, "404": errorResponse("No such connector or version") },
      },
    },
  },
  {
    path: "/api/v1/connectors/{slug}/certification",
    operations: {
      get: {
        operationId: "CheckCertification",
        summary: "Check for certification",
        description:
          "Checks the version the caller reads against what certification in the public connectors repository asks, or downloads the pull request's folder as a zip.",
        produces: ["application/json", "application/zip"],
        parameters: [
          slugParam,
          {
            name: "kind",
            in: "query",
            required: false,
            type: "string",
            enum: ["certified", "independent"],
            default: "certified",
            "x-ms-summary": "Publisher kind",
            description: "certified (verified publisher) or independent (independent publisher).",
          },
          {
            name: "format",
            in: "query",
            required: false,
            type: "string",
            enum: ["json", "zip"],
            default: "json",
            "x-ms-summary": "Format",
            description: "json (the findings and checklist) or zip (the pull request's folder).",
          },
        ],
        responses: { "200": { description: "The certification report", schema: ref("CertificationReport") }, "404": errorResponse("No such connector") },
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
        parameters: [
          fileUploadParam,
          {
            name: "profile",
            in: "formData",
            required: false,
            type: "string",
            enum: ["default", "agent"],
            default: "default",
            "x-ms-summary": "Profile",
            description: "agent adds what Copilot Studio needs of the operations used as agent tools.",
          },
        ],
        responses: {
          "200": { description: "The findings", schema: ref("ValidationResult") },
          "413": uploadTooLarge,
          "429": errorResponse("Too many anonymous calls"),
        },
      },
    },
  },
];

export const HUB_API_PATHS: HubApiPath[] = [
  ...CATALOG_API_PATHS,
  ...GOVERNANCE_API_PATHS,
  ...CERTIFICATION_API_PATHS,
  ...MCP_API_PATHS,
  ...PUBLISHED_API_PATHS,
  ...USAGE_API_PATHS,
];

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
    securityDefinitions: ENTRA_ID_OAUTH2_SECURITY,
    security: [{ oauth2_auth: [] }],
    tags: [],
    "x-ms-connector-metadata": [
      { propertyName: "Website", propertyValue: "https://github.com/connector-hub/connector-hub" },
      { propertyName: "Privacy policy", propertyValue: "https://github.com/connector-hub/connector-hub/blob/main/PRIVACY.md" },
      { propertyName: "Categories", propertyValue: "IT Operations;Productivity" },
    ],
  };
}
