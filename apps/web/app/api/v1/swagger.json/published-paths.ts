// Issue 23: the lookup among the connectors Microsoft publishes, in the hub's OpenAPI definition.
import { errorResponse, fileUploadParam, ref, uploadTooLarge, type HubApiPath } from "./api-types.ts";

const limitParam = {
  name: "limit",
  in: "query",
  required: false,
  type: "integer",
  format: "int32",
  default: 5,
  "x-ms-summary": "Limit",
  description: "How many matches at most (1 to 20).",
  "x-ms-visibility": "advanced",
};
const description =
  "Finds the connectors Microsoft's repository (microsoft/PowerPlatformConnectors) already publishes for an API: the same host, the same registrable domain, a similar title, or operations in common (method and path, parameter names ignored), each with its score and reasons.";

export const PUBLISHED_API_PATHS: HubApiPath[] = [
  {
    path: "/api/v1/published-connectors/matches",
    operations: {
      get: {
        operationId: "FindPublishedConnectors",
        summary: "Find published connectors",
        description,
        parameters: [
          { name: "host", in: "query", required: false, type: "string", "x-ms-summary": "Host", description: "The API's host, like api.hubapi.com." },
          {
            name: "title",
            in: "query",
            required: false,
            type: "string",
            "x-ms-summary": "Title",
            description: "The connector's title (3 characters or more).",
          },
          limitParam,
        ],
        responses: {
          "200": { description: "The matches, best first", schema: ref("PublishedMatches") },
          "400": errorResponse("Neither a host nor a title"),
          "429": errorResponse("Too many anonymous calls"),
        },
      },
      post: {
        operationId: "FindPublishedConnectorsForDefinition",
        summary: "Find published connectors for a definition",
        description: `${description} This one reads the host, title, publisher and operations from a whole definition.`,
        consumes: ["multipart/form-data"],
        parameters: [fileUploadParam],
        responses: {
          "200": { description: "The matches, best first", schema: ref("PublishedMatches") },
          "400": errorResponse("No file"),
          "413": uploadTooLarge,
          "422": errorResponse("Unreadable definition"),
          "429": errorResponse("Too many anonymous calls"),
        },
      },
    },
  },
  {
    path: "/api/v1/published-connectors/index",
    operations: {
      put: {
        operationId: "ReplacePublishedIndex",
        summary: "Replace the published index",
        description:
          "Replaces the index of published connectors with the one sent (the JSON that connector-hub public-index build writes), in one transaction; administrators only. A bad index changes nothing.",
        parameters: [
          {
            name: "body",
            in: "body",
            required: true,
            schema: { type: "object", description: "The index: source, commit, date, connectors with their operations." },
            "x-ms-summary": "Index",
            description: "The index: source, commit, date, connectors with their operations.",
          },
        ],
        responses: {
          "200": { description: "The index now loaded", schema: ref("PublishedSnapshot") },
          "400": errorResponse("No body"),
          "401": errorResponse("Not signed in"),
          "403": errorResponse("Not an administrator"),
          "413": errorResponse("Index above 20 MB"),
          "422": errorResponse("Not an index: what to change"),
        },
      },
    },
  },
];
