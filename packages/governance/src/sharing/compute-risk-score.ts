import type { AuthType, DataSensitivity, Hosting, RiskLevel, RiskLine, RiskScore, SharingScope } from "../types.ts";

export type RiskFacts = {
  authType: AuthType;
  hosting: Hosting;
  scope: SharingScope;
  dataSensitivity: DataSensitivity;
  errorCount: number;
  warningCount?: number;
  plainHttp?: boolean;
};

// Points are relative weights an administrator can read, not a calibrated probability: the
// widest exposure (anonymous, public, highly confidential) dominates, findings add on top.
const AUTH_POINTS: Record<AuthType, [number, string]> = {
  NONE: [25, "No authentication: anyone holding the connector reaches the API."],
  BASIC: [15, "Basic authentication sends a reusable user name and password with every call."],
  API_KEY: [10, "An API key is a long-lived shared secret that is easy to leak."],
  OAUTH2: [5, "OAuth 2.0 gives each user their own scoped, expiring token."],
  WINDOWS: [5, "Windows authentication uses each user's own identity through the gateway."],
};
const HOSTING_POINTS: Record<Hosting, [number, string]> = {
  CLOUD: [0, "Hosted in the cloud: no path into the internal network."],
  ON_PREMISES: [15, "On-premises behind a gateway: the connector opens a path into the internal network."],
};
const SCOPE_POINTS: Record<SharingScope, [number, string]> = {
  PRIVATE: [0, "Private to its maker."],
  USERS: [5, "Shared with named users or groups."],
  ORGANIZATION: [15, "Shared with the whole organization."],
  PUBLIC: [25, "Public: anyone outside the organization can use it."],
};
const SENSITIVITY_POINTS: Record<DataSensitivity, [number, string]> = {
  PUBLIC: [0, "The maker declares the data public."],
  INTERNAL: [5, "The maker declares the data internal."],
  CONFIDENTIAL: [15, "The maker declares the data confidential."],
  HIGHLY_CONFIDENTIAL: [25, "The maker declares the data highly confidential."],
};
const POINTS_PER_ERROR = 5;
const MAX_ERROR_POINTS = 15;
const MAX_WARNING_POINTS = 5;
const PLAIN_HTTP_POINTS = 10;

/** A 0-100 risk score for sharing a connector, with one explained line per factor. */
export function computeRiskScore(facts: RiskFacts): RiskScore {
  const lines: RiskLine[] = [];
  const line = (factor: string, [points, explanation]: [number, string]) => lines.push({ factor, points, explanation });

  line("authentication", AUTH_POINTS[facts.authType]);
  line("hosting", HOSTING_POINTS[facts.hosting]);
  line("sharing scope", SCOPE_POINTS[facts.scope]);
  line("data sensitivity", SENSITIVITY_POINTS[facts.dataSensitivity]);

  const errors = Math.max(0, Math.floor(facts.errorCount));
  line("validation errors", [
    Math.min(MAX_ERROR_POINTS, errors * POINTS_PER_ERROR),
    errors === 0
      ? "The definition has no validation errors."
      : `${errors} validation error${errors === 1 ? "" : "s"} (${POINTS_PER_ERROR} points each, at most ${MAX_ERROR_POINTS}).`,
  ]);
  const warnings = Math.max(0, Math.floor(facts.warningCount ?? 0));
  if (warnings > 0) {
    line("validation warnings", [
      Math.min(MAX_WARNING_POINTS, warnings),
      `${warnings} validation warning${warnings === 1 ? "" : "s"} (1 point each, at most ${MAX_WARNING_POINTS}).`,
    ]);
  }
  if (facts.plainHttp) {
    line("transport", [PLAIN_HTTP_POINTS, "The host is reached over plain HTTP: credentials and data travel unencrypted."]);
  }

  const total = lines.reduce((sum, l) => sum + l.points, 0);
  // A closing line keeps the lines summing to the score a reviewer sees.
  if (total > 100) line("cap", [100 - total, `The factors add up to ${total}; the score is capped at 100.`]);
  const score = Math.min(100, total);
  return { score, level: levelOf(score), lines };
}

function levelOf(score: number): RiskLevel {
  if (score >= 60) return "high";
  if (score >= 30) return "medium";
  return "low";
}
