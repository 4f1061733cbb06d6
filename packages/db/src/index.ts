export { createDb, getDb, type Db } from "./client.ts";
export * from "./generated/prisma/enums.ts";
export { Prisma } from "./generated/prisma/client.ts";
export type * from "./generated/prisma/models.ts";
export { HubConfigError } from "./errors.ts";
export { AppError, DATABASE_RETRY_AFTER_SECONDS, databaseFailure, translateDbError, type AppErrorCode } from "./app-error.ts";
export { createConnector, buildSearchText, type CreateConnectorOptions } from "./connectors/create-connector.ts";
export { listCatalog, ZCatalogQuery, type CatalogQuery, type CatalogPage, type CatalogItem, type CatalogViewer } from "./connectors/list-catalog.ts";
export { getConnectorBySlug, listOperations } from "./connectors/get-connector.ts";
export { checkHealth, type HealthReport } from "./health/check-health.ts";
export { findRepoRoot } from "./paths.ts";
export { prepareConnectorSource, MAX_UPLOAD_BYTES, type ConnectorSourceInput, type PreparedSource } from "./connectors/prepare-connector-source.ts";
export { importConnector, slugify, type ImportConnectorOptions, type ImportResult } from "./connectors/import-connector.ts";
export { addConnectorVersion, type AddConnectorVersionOptions, type AddVersionResult } from "./connectors/add-connector-version.ts";
export { getConnectorVersion } from "./connectors/get-connector-version.ts";
export { getConnectorIcon } from "./connectors/get-connector-icon.ts";
export { findDuplicateConnectors, type DuplicateCandidate } from "./connectors/find-duplicate-connectors.ts";
export { buildFormDefinition, ZConnectorForm, type TConnectorForm } from "./connectors/build-form-definition.ts";
export { catalogVisibility } from "./connectors/catalog-visibility.ts";
export {
  registerSampleConnectors,
  sampleSlug,
  SAMPLE_SLUG_PREFIX,
  type RegisterSampleConnectorsOptions,
  type SampleConnectorInput,
  type SampleRegistration,
} from "./samples/register-sample-connectors.ts";
export { listDlpPolicies, getDlpPolicy } from "./dlp/list-dlp-policies.ts";
export { toPolicyRules, type StoredDlpPolicy } from "./dlp/to-policy-rules.ts";
export { saveDlpPolicy, type SaveDlpPolicyOptions } from "./dlp/save-dlp-policy.ts";
export { copyStoredDlpPolicy } from "./dlp/copy-stored-dlp-policy.ts";
export { deleteDlpPolicy } from "./dlp/delete-dlp-policy.ts";
export { previewDlpPolicy, type DlpPreview } from "./dlp/preview-dlp-policy.ts";
export { refreshDlpFacts } from "./dlp/refresh-dlp-facts.ts";
export { getConnectorDlpGroup, type ConnectorDlpGroup } from "./dlp/get-connector-dlp-group.ts";
export { recordAuditEvent, type DbOrTx, type AuditActor, type RecordAuditEventOptions } from "./audit/record-audit-event.ts";
export { listAuditEvents, ZAuditQuery, type AuditQuery, type AuditEventRow } from "./audit/list-audit-events.ts";
export { exportAuditCsv } from "./audit/export-audit-csv.ts";
export { describeAuditEvents, type DescribedAuditEvent } from "./audit/describe-audit-events.ts";
export { actorNameOf, formatActorLabel } from "./audit/format-actor-label.ts";
export { notifyUsers, type NotifyUsersOptions } from "./notifications/notify-users.ts";
export { listNotifications, markNotificationsRead } from "./notifications/list-notifications.ts";
export { countUnreadNotifications } from "./notifications/count-unread-notifications.ts";
export { sendWebhook, type SendWebhookOptions, type WebhookDelivery } from "./notifications/send-webhook.ts";
export { loadEligibilityUsers, loadEligibilityPeople, type EligibilityPeople } from "./licence/load-eligibility-users.ts";
export { loadLicencePlans } from "./licence/load-licence-plans.ts";
export { checkUserEligibility, type CheckUserEligibilityOptions, type UserEligibility } from "./licence/check-user-eligibility.ts";
export {
  checkEligibilityForUsers,
  type CheckEligibilityForUsersOptions,
  type EligibilityReport,
  type UserVerdict,
} from "./licence/check-eligibility-for-users.ts";
export { parseUpnCsv, type ParsedUpnCsv, type RejectedCsvRow, type UpnCsvRow } from "./licence/parse-upn-csv.ts";
export {
  checkEligibilityFromCsv,
  type CheckEligibilityFromCsvOptions,
  type CsvRowOutcome,
  type EligibilityCsvReport,
  type EligibilityCsvRow,
} from "./licence/check-eligibility-from-csv.ts";
export { exportEligibilityCsv } from "./licence/export-eligibility-csv.ts";
export { assertCanCreateConnector } from "./licence/assert-can-create-connector.ts";
export { saveLicencePlan, type SaveLicencePlanOptions } from "./licence/save-licence-plan.ts";
export { assignLicence, ZLicenceAssignmentInput } from "./licence/assign-licence.ts";
export { removeLicenceAssignment } from "./licence/remove-licence-assignment.ts";
export { listLicenceAssignments } from "./licence/list-licence-assignments.ts";
export { listLicenceHolders, type LicenceHolders } from "./licence/list-licence-holders.ts";
export {
  ZSharingRequestInput,
  SHARING_SLA_DAYS,
  type SharingActor,
  type SharingChange,
  type SharingNotifyOptions,
  type StoredTarget,
  type TSharingRequestInput,
} from "./sharing/sharing-types.ts";
export { evaluateSharingRequest, type SharingEvaluation, type SharingFacts } from "./sharing/evaluate-sharing-request.ts";
export { createSharingRequest } from "./sharing/create-sharing-request.ts";
export { loadShareableConnector } from "./sharing/load-shareable-connector.ts";
export { applySharingAction, ZSharingActionInput } from "./sharing/apply-sharing-action.ts";
export { listSharingRequests, ZSharingQueueQuery, type SharingQueueQuery, type SharingQueueItem } from "./sharing/list-sharing-requests.ts";
export { getSharingRequest } from "./sharing/get-sharing-request.ts";
export { compareRequestVersions, type VersionComparison, type CompareRequestVersionsOptions } from "./sharing/compare-request-versions.ts";
export { revokeShare } from "./sharing/revoke-share.ts";
export {
  previewShareRevocation,
  REVOCATION_LIST_LIMIT,
  type PreviewShareRevocationOptions,
  type RevocationPerson,
  type ShareRevocationImpact,
} from "./sharing/preview-share-revocation.ts";
export { upsertSignedInUser, type UpsertSignedInUserOptions, type SignedInUser } from "./auth/upsert-signed-in-user.ts";
export { API_TOKEN_SCOPES, API_TOKEN_PREFIX, ZApiTokenScope, type TApiTokenScope } from "./auth/api-token-scopes.ts";
export { hashApiToken } from "./auth/hash-api-token.ts";
export { createApiToken, ZCreateApiTokenInput, type TCreateApiTokenInput } from "./auth/create-api-token.ts";
export { listApiTokens } from "./auth/list-api-tokens.ts";
export { revokeApiToken } from "./auth/revoke-api-token.ts";
export { findApiTokenUser, type ApiTokenLookup } from "./auth/find-api-token-user.ts";
export { createSession, type CreateSessionOptions } from "./auth/create-session.ts";
export { findSessionUser, type SessionLookup } from "./auth/find-session-user.ts";
export { listSessions } from "./auth/list-sessions.ts";
export { listPeopleWithSessions } from "./auth/list-people-with-sessions.ts";
export { revokeSession, type RevokeSessionOptions } from "./auth/revoke-session.ts";
export { revokeUserSessions, type RevokeUserSessionsOptions } from "./auth/revoke-user-sessions.ts";
export { getGovernanceDashboard, type GovernanceDashboard } from "./dashboard/get-governance-dashboard.ts";
export type { Bucket, ConnectorCounts } from "./dashboard/count-connectors-by.ts";
export type { AttentionKind, AttentionList } from "./dashboard/list-needs-attention.ts";
export type { LicenceUtilization, LicenceUtilizationRow } from "./dashboard/summarize-licence-utilization.ts";
export type { SharingSummary } from "./dashboard/summarize-sharing-requests.ts";
export type { TopMaker } from "./dashboard/list-top-makers.ts";
export type { RuleFrequency } from "./dashboard/summarize-validation-health.ts";
export { getTestTarget } from "./samples/get-test-target.ts";
export { listSampleConnectors } from "./samples/list-sample-connectors.ts";
export { previewSharingRequest } from "./sharing/preview-sharing-request.ts";
export { listDlpEnvironments } from "./dlp/list-dlp-environments.ts";
export { createTestCallback, hashCallbackToken } from "./samples/create-test-callback.ts";
export { recordCallbackEvent, MAX_CALLBACK_EVENTS, MAX_CALLBACK_BODY_BYTES, type RecordCallbackOutcome } from "./samples/record-callback-event.ts";
export { listCallbackEvents } from "./samples/list-callback-events.ts";
export { setCallbackSubscription } from "./samples/set-callback-subscription.ts";
export {
  readGovernanceDashboard,
  refreshGovernanceSnapshot,
  invalidateGovernanceSnapshot,
  type DashboardSnapshot,
} from "./dashboard/read-governance-dashboard.ts";
export { clearCatalogCache } from "./connectors/catalog-cache.ts";
export type { ListCatalogOptions } from "./connectors/list-catalog.ts";
export { listPeople, listActivePeople, type ListPeopleOptions, type PersonChoice } from "./people/list-people.ts";
export { listGroups, type GroupChoice } from "./people/list-groups.ts";
export { findPerson } from "./people/find-person.ts";
export { listConnectorTitles } from "./connectors/list-connector-titles.ts";
export { checkEligibilityAs, type CheckEligibilityAsOptions } from "./licence/check-eligibility-as.ts";
export { recordMcpDiscovery, type McpDiscoveryResult, type RecordMcpDiscoveryOptions } from "./mcp/record-mcp-discovery.ts";
export { listMcpDiscoveries, readinessOf, toMcpDiscoveryView, type McpDiscoveryView } from "./mcp/list-mcp-discoveries.ts";
export { findDiscoveryAt } from "./mcp/find-discovery-at.ts";
export { findToolsAddedSinceApproval, type ToolsSinceApproval } from "./mcp/find-tools-added-since-approval.ts";
export { saveMcpTestConnection, type SaveMcpTestConnectionOptions } from "./mcp/save-mcp-test-connection.ts";
export { findMcpTestConnection } from "./mcp/find-mcp-test-connection.ts";
export { resealMcpTestConnection, type ResealMcpTestConnectionOptions } from "./mcp/reseal-mcp-test-connection.ts";
export { deleteMcpTestConnection } from "./mcp/delete-mcp-test-connection.ts";
export { claimMcpRediscoveries, type ClaimMcpRediscoveriesOptions } from "./mcp/claim-mcp-rediscoveries.ts";
export { recordMcpRediscoveryOutcome } from "./mcp/record-mcp-rediscovery-outcome.ts";
export { loadPublishedIndex, PUBLISHED_SNAPSHOT_ID, type LoadPublishedIndexOptions, type LoadPublishedIndexResult } from "./published/load-published-index.ts";
export { findPublishedMatches, type FindPublishedMatchesOptions } from "./published/find-published-matches.ts";
export { getPublishedSnapshot } from "./published/get-published-snapshot.ts";
export { getPublishedDuplicateNote } from "./published/get-published-duplicate-note.ts";
export { getConnectorUsage, type GetConnectorUsageOptions } from "./inventory/get-connector-usage.ts";
export { assessBreakingImpact, type AssessBreakingImpactOptions } from "./inventory/assess-breaking-impact.ts";
export { MIN_ACKNOWLEDGEMENT_LENGTH } from "./inventory/acknowledge-breaking-impact.ts";
export type { BreakingImpact, ConnectorUsage, UsageKind, UsageResource } from "./inventory/inventory-types.ts";
export { readConnectorUsage } from "./inventory/read-connector-usage.ts";
export { listUncataloguedConnectors, type UncataloguedConnector } from "./inventory/list-uncatalogued-connectors.ts";
export { adoptInventoryConnector, OWNER_ROLES, type AdoptInventoryConnectorOptions, type AdoptionResult } from "./inventory/adopt-inventory-connector.ts";
export { previewVersionImpact, type VersionImpactPreview } from "./inventory/preview-version-impact.ts";
export { listInventorySyncRuns, SYNC_STALE_AFTER_MS, type InventorySyncRunView } from "./inventory/list-inventory-sync-runs.ts";
export {
  listCertificationEvents,
  findCertificationConnector,
  type CertificationEventView,
  type CertificationHistory,
} from "./certification/list-certification-events.ts";
export { recordCertificationEvent, type RecordCertificationEventOptions } from "./certification/record-certification-event.ts";
export { summarizeCertifications } from "./dashboard/summarize-certifications.ts";
