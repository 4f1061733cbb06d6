// The hub's certification tracking endpoints in its OpenAPI definition (see hub-openapi.ts): issue #21's timeline of a
// connector's pull request to microsoft/PowerPlatformConnectors.
import { answer, bodyParam as body, errorResponse as error, op, slugParam as slug, type HubApiPath } from "./api-types.ts";

export const CERTIFICATION_API_PATHS: HubApiPath[] = [
  {
    path: "/api/v1/connectors/{slug}/certification/events",
    operations: {
      get: op(
        "ListCertificationEvents",
        "Get the certification timeline",
        "Lists the states of the connector's certification pull request, oldest first, with what may be recorded next.",
        {
          parameters: [slug],
          responses: { "200": answer("The timeline", "CertificationTimeline"), "404": error("No such connector") },
        },
      ),
      post: op(
        "RecordCertificationEvent",
        "Record a certification state",
        "Records the next state of the connector's certification (submitted, in review, changes requested, merged, withdrawn, rejected) with the day it took effect.",
        {
          consumes: ["application/json"],
          parameters: [
            slug,
            body(
              'The state, like { "state": "SUBMITTED", "effectiveAt": "2026-11-30", "pullRequestUrl": "https://github.com/microsoft/PowerPlatformConnectors/pull/1234" }.',
              "CertificationEventInput",
            ),
          ],
          responses: {
            "201": answer("The timeline with the new state", "CertificationTimeline"),
            "400": error("Invalid state, date or pull request address"),
            "403": error("Not an editor of the connector"),
            "404": error("No such connector"),
            "409": error("The state cannot follow the current one"),
          },
        },
      ),
    },
  },
];
