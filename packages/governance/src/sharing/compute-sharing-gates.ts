import type { AuthType, Hosting, Lifecycle, SharingGate, ShareTarget, SupportDetails, TargetEligibility } from "../types.ts";

export type SharingGateConnector = {
  authType: AuthType;
  hosting: Hosting;
  host: string;
  gatewayName?: string | null;
  /** The definition's `schemes`; a plain-HTTP host is flagged when "http" is among them. */
  schemes?: readonly string[] | null;
  lifecycle?: Lifecycle;
};

export type ComputeSharingGatesOptions = {
  connector: SharingGateConnector;
  version: { errorCount: number; certificationErrorCount: number };
  target: ShareTarget;
  declaredSecretHandling?: string | null;
  riskAccepted: boolean;
  supportDetails?: SupportDetails | null;
  /** Licence verdicts of the targets, when the caller has run them; omitted means "not checked". */
  targetEligibility?: readonly TargetEligibility[] | null;
  /**
   * Connectors Microsoft's repository publishes for the same API (issue 23), and the reason the maker gave at import
   * for building another; omitted or no matches means no gate.
   */
  publishedDuplicate?: { matches: readonly { title: string; kind: string }[]; reason: string | null } | null;
};

const REQUIRED_DETAILS: readonly { key: keyof SupportDetails; label: string }[] = [
  { key: "businessJustification", label: "business justification" },
  { key: "conditionsOfUse", label: "conditions of use" },
];
const OPTIONAL_DETAILS: readonly { key: keyof SupportDetails; label: string }[] = [
  { key: "impact", label: "impact" },
  { key: "accessManagement", label: "access management" },
  { key: "dependencies", label: "dependencies" },
  { key: "mitigationPlan", label: "mitigation plan" },
];

/**
 * The checks a sharing request must pass, computed from facts rather than typed by the maker.
 * Blocking gates stop submission; the others are shown to the reviewer.
 */
export function computeSharingGates(options: ComputeSharingGatesOptions): SharingGate[] {
  const { connector, version, target } = options;
  const scope = target.scope;
  const widelyShared = scope === "ORGANIZATION" || scope === "PUBLIC";
  const gates: SharingGate[] = [];
  const add = (code: SharingGate["code"], passed: boolean, blocking: boolean, message: string) => gates.push({ code, passed, blocking, message });

  const principals = (target.users?.length ?? 0) + (target.groups?.length ?? 0);
  if (scope === "PRIVATE") {
    add("target.chosen", false, true, "Choose who to share with: named users or groups, the whole organization, or public.");
  } else if (scope === "USERS") {
    add(
      "target.chosen",
      principals > 0,
      true,
      principals > 0
        ? `Shared with ${principals} named user${principals === 1 ? "" : "s"} or group${principals === 1 ? "" : "s"}.`
        : "Add at least one user or group to share with.",
    );
  } else {
    add("target.chosen", true, true, scope === "PUBLIC" ? "Target: public (certification or independent publisher)." : "Target: the whole organization.");
  }

  add(
    "version.no_errors",
    version.errorCount === 0,
    true,
    version.errorCount === 0
      ? "The version has no validation errors."
      : `The version has ${version.errorCount} validation error${version.errorCount === 1 ? "" : "s"}; fix them and upload a new version.`,
  );
  if (scope === "PUBLIC") {
    const n = version.certificationErrorCount;
    add(
      "version.no_certification_errors",
      n === 0,
      true,
      n === 0
        ? "The version passes certification checks."
        : `Going public needs certification: the version has ${n} certification error${n === 1 ? "" : "s"}; fix them first.`,
    );
  }

  if (connector.authType === "OAUTH2" || connector.authType === "API_KEY") {
    const declared = (options.declaredSecretHandling ?? "").trim() !== "";
    const kind = connector.authType === "OAUTH2" ? "OAuth client secret" : "API key";
    add(
      "secrets.declared",
      declared,
      true,
      declared ? `Handling of the ${kind} is declared.` : `Describe how the ${kind} is issued, stored and rotated before sharing.`,
    );
  }

  if (connector.authType === "NONE" && widelyShared) {
    add(
      "anonymous.risk_accepted",
      options.riskAccepted,
      true,
      options.riskAccepted
        ? "The connector needs no authentication and the risk of sharing it widely was explicitly accepted."
        : "The connector needs no authentication: anyone it is shared with reaches the API anonymously. Accept that risk explicitly, or add authentication.",
    );
  }

  const hasGateway = (connector.gatewayName ?? "").trim() !== "";
  if (connector.authType === "WINDOWS") {
    const ok = connector.hosting === "ON_PREMISES" && hasGateway;
    add(
      "windows.gateway",
      ok,
      true,
      ok
        ? `Windows authentication runs through gateway ${connector.gatewayName?.trim()}.`
        : "Windows authentication works only on-premises through a data gateway: set hosting to on-premises and choose a gateway.",
    );
  } else if (connector.hosting === "ON_PREMISES") {
    add(
      "onpremises.gateway",
      hasGateway,
      true,
      hasGateway ? `Reached through gateway ${connector.gatewayName?.trim()}.` : "The connector is on-premises: choose the data gateway it is reached through.",
    );
  }

  const plainHttp = isPlainHttp(connector);
  add(
    "host.https",
    !plainHttp,
    false,
    plainHttp
      ? `${connector.host} is reached over plain HTTP, so credentials and data cross the network unencrypted; serve it over HTTPS.`
      : "The host is reached over HTTPS.",
  );

  if (connector.lifecycle === "RETIRED" || connector.lifecycle === "DEPRECATED") {
    add("lifecycle.shareable", false, true, `The connector is ${connector.lifecycle.toLowerCase()}; it cannot be shared further.`);
  }

  add(...supportGate(options.supportDetails ?? {}));
  add(...licenceGate(options.targetEligibility ?? null));
  const duplicate = publishedGate(options.publishedDuplicate ?? null);
  if (duplicate) add(...duplicate);
  return gates;
}

/** Shown to the reviewer, never blocking: a second connector for a published API may still be right, for a reason. */
function publishedGate(duplicate: ComputeSharingGatesOptions["publishedDuplicate"]): [SharingGate["code"], boolean, boolean, string] | null {
  if (!duplicate || duplicate.matches.length === 0) return null;
  const kinds: Record<string, string> = { certified: "certified", "independent-publisher": "independent publisher" };
  const names = duplicate.matches.slice(0, 3).map((m) => `${m.title} (${kinds[m.kind] ?? m.kind})`);
  const more = duplicate.matches.length > 3 ? ` and ${duplicate.matches.length - 3} more` : "";
  const what = `Duplicates a published connector: Microsoft's repository publishes ${names.join(", ")}${more} for the same API.`;
  const reason = duplicate.reason?.trim();
  return reason
    ? ["published.duplicate", true, false, `${what} The maker's reason for a new one: ${reason}`]
    : ["published.duplicate", false, false, `${what} The maker gave no reason for a new one; ask why the published connector does not do.`];
}

function isPlainHttp(c: SharingGateConnector): boolean {
  if (c.host.trim().toLowerCase().startsWith("http://")) return true;
  return (c.schemes ?? []).some((s) => s.toLowerCase() === "http");
}

function supportGate(details: SupportDetails): [SharingGate["code"], boolean, boolean, string] {
  const missing = (list: typeof REQUIRED_DETAILS) => list.filter((d) => (details[d.key] ?? "").trim() === "").map((d) => d.label);
  const required = missing(REQUIRED_DETAILS);
  const optional = missing(OPTIONAL_DETAILS);
  if (required.length > 0) {
    return [
      "support.details_complete",
      false,
      true,
      `Fill in the ${required.join(" and ")}${optional.length ? ` (also missing: ${optional.join(", ")})` : ""}.`,
    ];
  }
  if (optional.length > 0) {
    return ["support.details_complete", true, true, `Required support details are filled in; still empty: ${optional.join(", ")}.`];
  }
  return ["support.details_complete", true, true, "All support details are filled in."];
}

function licenceGate(targets: readonly TargetEligibility[] | null): [SharingGate["code"], boolean, boolean, string] {
  if (targets === null) return ["licence.targets", true, false, "The targets' licences were not checked."];
  const left = targets.filter((t) => !t.canUse);
  if (left.length === 0) return ["licence.targets", true, false, `All ${targets.length} targets can use the connector.`];
  const names = left.slice(0, 5).map((t) => t.displayName ?? t.principalId);
  const more = left.length > 5 ? ` and ${left.length - 5} more` : "";
  return [
    "licence.targets",
    false,
    false,
    `${left.length} of ${targets.length} targets could not use the connector with their licence: ${names.join(", ")}${more}.`,
  ];
}
