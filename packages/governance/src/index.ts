export * from "./types.ts";
export { REASON_CODES, formatZodIssues, listZodIssues, type DomainReason, type ReasonCode, type ZodIssueLine } from "./domain-reason.ts";
export { DEFAULT_LICENCE_PLANS } from "./licence/default-licence-plans.ts";
export { matchAzureHost, AZURE_HOST_SUFFIXES, type AzureHostMatch } from "./licence/match-azure-host.ts";
export { checkEligibility } from "./licence/check-eligibility.ts";
export { voiceWords, type EligibilityVoice } from "./licence/voice-words.ts";
export { checkEligibilityBulk, type CheckEligibilityBulkOptions, type EligibilityBulkResult } from "./licence/check-eligibility-bulk.ts";
export { computeSharingGates, type ComputeSharingGatesOptions, type SharingGateConnector } from "./sharing/compute-sharing-gates.ts";
export { checkImportScope, type ImportScopeDecision } from "./sharing/check-import-scope.ts";
export { computeRiskScore, type RiskFacts } from "./sharing/compute-risk-score.ts";
export { transitionSharingRequest, SHARING_TRANSITIONS, type TransitionSharingRequestOptions } from "./sharing/transition-sharing-request.ts";
export { availableSharingActions, type AvailableSharingAction, type AvailableSharingActionsOptions } from "./sharing/available-sharing-actions.ts";
export { lifecycleAfterSharingStep, type LifecycleAfterSharingStepOptions } from "./sharing/lifecycle-after-sharing-step.ts";
export { pickReaderVersion, type PickReaderVersionOptions } from "./access/pick-reader-version.ts";
export { canReadConnector } from "./access/can-read-connector.ts";
export { canCheckEligibilityOf, type EligibilityTarget, type EligibilityViewer } from "./access/can-check-eligibility-of.ts";
export { canEditConnector } from "./access/can-edit-connector.ts";
export { canDecideRequest } from "./access/can-decide-request.ts";
export { classifyConnector } from "./dlp/classify-connector.ts";
export { compileDlpPolicy, DEFAULT_DLP_GROUP, type CompiledDlpPolicy } from "./dlp/compile-dlp-policy.ts";
export { validateDlpPolicy } from "./dlp/validate-dlp-policy.ts";
export { previewPolicyChange } from "./dlp/preview-policy-change.ts";
export { copyDlpPolicy } from "./dlp/copy-dlp-policy.ts";
export * from "./schemas.ts";
export {
  checkCertificationStep,
  nextCertificationStates,
  CERTIFICATION_STATES,
  CERTIFICATION_STATE_WORDS,
  type CertificationState,
  type CertificationStepCheck,
  type CheckCertificationStepOptions,
} from "./certification/check-certification-step.ts";
export { summarizeCertification, type CertificationEventFact, type CertificationSummary } from "./certification/summarize-certification.ts";
