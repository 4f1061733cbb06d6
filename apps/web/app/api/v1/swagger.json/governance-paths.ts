// The hub's sharing, licence, governance, DLP and audit endpoints in its OpenAPI definition (see hub-openapi.ts).
import { answer, bodyParam as body, errorResponse as error, op, type HubApiPath } from "./api-types.ts";

const idParam = (name: string, summary: string, description: string) => ({
  name,
  in: "path",
  required: true,
  type: "string",
  "x-ms-summary": summary,
  description,
});
const requestId = idParam("id", "Request id", "The id of the sharing request.");
const policyId = idParam("id", "Policy id", "The id of the DLP policy.");
const adminOnly = { "401": error("Not signed in"), "403": error("Administrators only") };

export const GOVERNANCE_API_PATHS: HubApiPath[] = [
  {
    path: "/api/v1/eligibility",
    operations: {
      get: op(
        "CheckEligibility",
        "Check licence eligibility",
        "Says whether a person may use, create and share a connector, the rule that decided and the plan that would change it.",
        {
          parameters: [
            {
              name: "connector",
              in: "query",
              required: false,
              type: "string",
              "x-ms-summary": "Connector slug",
              description: "The connector to check; leave out for the creation allowance only.",
            },
            {
              name: "user",
              in: "query",
              required: false,
              type: "string",
              "x-ms-summary": "User principal name",
              description: "Whose licence to check (administrators only); the caller when left out.",
              "x-ms-visibility": "advanced",
            },
            {
              name: "context",
              in: "query",
              required: false,
              type: "string",
              enum: ["standalone", "app", "flow"],
              "x-ms-summary": "Context",
              description: "Where the connector would be used.",
              "x-ms-visibility": "advanced",
            },
          ],
          responses: {
            "200": answer("The verdicts with their reasons", "Eligibility"),
            "401": error("Not signed in"),
            "404": error("No such user or connector"),
          },
        },
      ),
    },
  },
  {
    path: "/api/v1/eligibility/bulk",
    operations: {
      post: op(
        "CheckEligibilityBulk",
        "Check many people's eligibility",
        "Checks a list of user principal names, user ids or a group against one connector (administrators); a text/csv body (with ?connector=) gets one row per line, and &format=csv answers the rows as CSV.",
        {
          parameters: [body("The connector and the people: upns, userIds or groupId", "EligibilityBulkInput")],
          responses: { "200": answer("One verdict per person and a summary (and one row per line for a CSV)", "EligibilityBulkReport"), ...adminOnly },
        },
      ),
    },
  },
  {
    path: "/api/v1/sharing-requests",
    operations: {
      get: op(
        "ListSharingRequests",
        "List sharing requests",
        "Lists the caller's requests (queue=mine) or the administrators' review queue (queue=review) with age and SLA.",
        {
          parameters: [
            {
              name: "queue",
              in: "query",
              required: false,
              type: "string",
              enum: ["mine", "review", "all"],
              "x-ms-summary": "Queue",
              description: "Which requests to list.",
            },
          ],
          responses: { "200": answer("The requests", "SharingQueue"), "401": error("Not signed in") },
        },
      ),
      post: op(
        "RequestSharing",
        "Request sharing",
        "Requests sharing of a connector version with people, groups or the organization; refused with the gates that fail.",
        {
          parameters: [body("The connector, who to share it with, and the support answers", "SharingRequestInput")],
          responses: {
            "201": answer("The request and its computed gates and risk", "CreatedSharingRequest"),
            "401": error("Not signed in"),
            "422": error("A blocking gate failed"),
          },
        },
      ),
    },
  },
  {
    path: "/api/v1/sharing-requests/preview",
    operations: {
      post: op("PreviewSharingRequest", "Preview a sharing request", "Computes the gates, risk score and licence check of a request without submitting it.", {
        parameters: [body("The same body as RequestSharing", "SharingRequestInput")],
        responses: { "200": answer("Gates, risk and who could not use it", "SharingEvaluation"), "401": error("Not signed in") },
      }),
    },
  },
  {
    path: "/api/v1/sharing-requests/{id}",
    operations: {
      get: op("GetSharingRequest", "Get a sharing request", "Gets a request with its gates, risk explanation and review steps.", {
        parameters: [requestId],
        responses: { "200": answer("The request with its steps, gates and risk", "SharingRequest"), "404": error("No such request, or not yours") },
      }),
    },
  },
  {
    path: "/api/v1/sharing-requests/{id}/actions",
    operations: {
      post: op(
        "ActOnSharingRequest",
        "Review or withdraw a request",
        "Moves a request through its review stages (approve, reject, request changes, withdraw ...); 409 when someone acted first.",
        {
          parameters: [requestId, body("The step, the request version seen, and with resubmit only the changed answers or version", "SharingStep")],
          responses: {
            "200": answer("The stage and version after the step", "SharingStepResult"),
            "403": error("Not allowed for this caller"),
            "409": error("Someone else acted first: reload"),
          },
        },
      ),
    },
  },
  {
    path: "/api/v1/shares/{id}",
    operations: {
      delete: op(
        "RevokeShare",
        "Revoke a share",
        "Revokes a person's, group's or the organization's access to a connector; audited, and the connector's scope narrows.",
        {
          parameters: [idParam("id", "Share id", "The id of the share.")],
          responses: {
            "200": answer("When it was revoked and the connector's scope now", "RevokedShare"),
            "403": error("Only the owner, co-owners and administrators"),
            "404": error("No such share"),
          },
        },
      ),
    },
  },
  {
    path: "/api/v1/governance/dashboard",
    operations: {
      get: op(
        "GetGovernanceDashboard",
        "Get the governance dashboard",
        "Counts by authentication, hosting, scope, lifecycle and DLP group, trends, review times, licence use and what needs attention.",
        {
          responses: { "200": answer("The dashboard figures", "GovernanceDashboard"), ...adminOnly },
        },
      ),
    },
  },
  {
    path: "/api/v1/dlp/policies",
    operations: {
      get: op("ListDlpPolicies", "List DLP policies", "Lists the data-loss-prevention policies with their ordered host patterns.", {
        responses: { "200": answer("The policies", "DlpPolicyList"), ...adminOnly },
      }),
      post: op("CreateDlpPolicy", "Create a DLP policy", "Creates a policy with ordered host URL patterns and per-connector overrides.", {
        parameters: [body("The policy: name, scope, ordered patterns and overrides", "DlpPolicyInput")],
        responses: { "201": answer("The policy", "DlpPolicy"), "422": error("The patterns break a platform rule"), ...adminOnly },
      }),
    },
  },
  {
    path: "/api/v1/dlp/policies/{id}",
    operations: {
      get: op("GetDlpPolicy", "Get a DLP policy", "Gets a policy with its patterns and overrides.", {
        parameters: [policyId],
        responses: { "200": answer("The policy", "DlpPolicy"), "404": error("No such policy") },
      }),
      put: op("UpdateDlpPolicy", "Update a DLP policy", "Replaces a policy's patterns and overrides; audited.", {
        parameters: [policyId, body("The policy: name, scope, ordered patterns and overrides", "DlpPolicyInput")],
        responses: { "200": answer("The policy", "DlpPolicy"), "422": error("The patterns break a platform rule"), ...adminOnly },
      }),
      delete: op("DeleteDlpPolicy", "Delete a DLP policy", "Deletes a policy (never the default one); audited.", {
        parameters: [policyId],
        responses: { "204": { description: "Deleted" }, ...adminOnly },
      }),
    },
  },
  {
    path: "/api/v1/dlp/policies/{id}/copy",
    operations: {
      post: op("CopyDlpPolicy", "Copy a DLP policy", "Copies a policy with its patterns and overrides.", {
        parameters: [policyId, body("The copy's name (optional)", "DlpPolicyCopyInput", false)],
        responses: { "201": answer("The copy", "DlpPolicy"), ...adminOnly },
      }),
    },
  },
  {
    path: "/api/v1/dlp/policies/{id}/preview",
    operations: {
      post: op("PreviewDlpPolicy", "Preview a policy change", "Lists the connectors that would move group if the policy changed as sent.", {
        parameters: [policyId, body("The policy as it would be saved", "DlpPolicyInput")],
        responses: { "200": answer("The connectors that move", "DlpPreview"), ...adminOnly },
      }),
    },
  },
  {
    path: "/api/v1/dlp/preview",
    operations: {
      post: op("PreviewNewDlpPolicy", "Preview a new policy", "Lists how a policy not yet saved would classify the connectors.", {
        parameters: [body("The policy as it would be saved", "DlpPolicyInput")],
        responses: { "200": answer("The classification", "DlpPreview"), ...adminOnly },
      }),
    },
  },
  {
    path: "/api/v1/audit",
    operations: {
      get: op("ListAuditEvents", "List audit events", "Lists the append-only audit log with filters (administrators, signed in).", {
        parameters: [
          {
            name: "entityType",
            in: "query",
            required: false,
            type: "string",
            "x-ms-summary": "Entity type",
            description: "Connector, SharingRequest, LicencePlan, DlpPolicy ...",
          },
        ],
        responses: { "200": answer("One page of events", "AuditPage"), ...adminOnly },
      }),
    },
  },
  {
    path: "/api/v1/audit/export",
    operations: {
      get: op("ExportAuditEvents", "Export audit events", "Exports the filtered audit log as CSV (administrators, signed in).", {
        produces: ["text/csv"],
        responses: { "200": { description: "CSV file", schema: { type: "file" } }, ...adminOnly },
      }),
    },
  },
];
