/** What each audit action means, in the words of the log's readers. */
export const AUDIT_ACTIONS: Record<string, string> = {
  "connector.created": "created the connector",
  "connector.imported": "imported the connector",
  "connector.version_added": "uploaded a new version",
  "connector.scope_changed": "changed who the connector is shared with",
  "connector.lifecycle_changed": "moved the lifecycle",
  "connector.shared_version_changed": "changed the version people get",
  "connector.breaking_impact_acknowledged": "acknowledged breaking changes that reach flows",
  "inventory_connector.adopted": "adopted the connector from an environment into the catalog",
  "connector.certification_recorded": "recorded a certification state",
  "connector.mcp_test_connection_saved": "saved the MCP test connection",
  "connector.mcp_test_connection_removed": "removed the MCP test connection",
  "share.granted": "shared the connector",
  "share.permission_changed": "widened a share to Can edit",
  "share.revoked": "revoked a share",
  "sharing_request.submitted": "requested sharing",
  "sharing_request.reopened": "reopened the sharing review (new MCP tools)",
  "sharing_request.start_maker_checks": "started maker checks",
  "sharing_request.complete_maker_checks": "completed maker checks",
  "sharing_request.complete_risk_assessment": "completed the risk assessment",
  "sharing_request.approve": "approved sharing",
  "sharing_request.reject": "rejected sharing",
  "sharing_request.request_changes": "asked for changes",
  "sharing_request.resubmit": "resubmitted the request",
  "sharing_request.withdraw": "withdrew the request",
  "licence_plan.created": "created a licence plan",
  "licence_plan.updated": "changed a licence plan",
  "licence_assignment.created": "assigned a licence plan",
  "licence_assignment.removed": "removed a licence assignment",
  "dlp.policy.created": "created a DLP policy",
  "dlp.policy.updated": "changed a DLP policy",
  "dlp.policy.copied": "copied a DLP policy",
  "dlp.policy.deleted": "deleted a DLP policy",
  "api_token.created": "created an API token",
  "api_token.revoked": "revoked an API token",
  "user.signed_in": "signed in",
  "published_index.loaded": "loaded an index of published connectors",
};

/** The filter's choices: groups of actions by the prefix the query matches (action starts with …). */
export const AUDIT_ACTION_GROUPS: [string, string][] = [
  ["sharing_request.", "Sharing requests (every step)"],
  ["sharing_request.approve", "Approvals"],
  ["sharing_request.reject", "Rejections"],
  ["share.", "Shares granted or revoked"],
  ["connector.", "Connectors (created, new versions, scope, lifecycle)"],
  ["connector.version_added", "New versions"],
  ["licence_", "Licences"],
  ["dlp.", "DLP policies"],
  ["api_token.", "API tokens"],
  ["user.signed_in", "Sign-ins"],
];

export function auditActionWords(action: string): string {
  return AUDIT_ACTIONS[action] ?? action.replace(/[._]/g, " ");
}
