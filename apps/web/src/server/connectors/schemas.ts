import { AuthType, ConnectorKind, Hosting, Lifecycle, SharingScope } from "@connector-hub/db";
import { CERTIFICATION_STATES } from "@connector-hub/governance";
import { z } from "zod";
import { ZPublishedMatch } from "../published/schemas.ts";

const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

/** The wizard's answers (and the API's options) beside an upload. */
export const ZImportFields = z.object({
  title: optional(z.string().trim().max(120, "Titles are at most 120 characters.")),
  slug: optional(z.string().regex(/^[a-z0-9][a-z0-9-]{1,79}$/, "A slug is 2-80 lower-case letters, digits and hyphens.")),
  publisher: optional(z.string().trim().max(120)),
  scope: optional(z.enum(SharingScope)),
  hosting: optional(z.enum(Hosting)),
  gatewayName: optional(z.string().trim().max(120)),
  authType: optional(z.enum(AuthType)),
  environmentId: optional(z.string().max(40)),
});

/** A field with what Power Automate shows for it (x-ms-summary) and says about it (description). */
const field = <T extends z.ZodType>(schema: T, summary: string, description: string) => schema.meta({ "x-ms-summary": summary, description });
const count = (summary: string, description: string) => field(z.number().int(), summary, description);

// The REST API's answers. Routes parse what they return with these, and /api/v1/swagger.json is generated from them
// (src/server/openapi/hub-openapi.ts), so the definition cannot drift from the answers.

export const ZApiError = z.object({
  error: z.object({
    code: field(z.string(), "Code", "Machine-readable error code."),
    message: field(z.string(), "Message", "What went wrong and what to change."),
    requestId: field(z.string(), "Request id", "Quote it when asking for help."),
    details: field(z.unknown(), "Details", "What exactly was refused (the fields, the rule), when known.").optional(),
  }),
});

export const ZFinding = z.object({
  code: field(z.string(), "Rule code", "The rule code."),
  severity: field(z.enum(["error", "warning", "info"]), "Severity", "How serious the finding is."),
  message: field(z.string(), "Message", "What is wrong and what to change."),
  path: field(z.string(), "JSON pointer", "JSON pointer into the file."),
  line: count("Line", "Line in the file (1-based)."),
  column: count("Column", "Column in the line (1-based)."),
  file: field(z.string(), "File", "The file the finding is in."),
});

export const ZChange = z.object({
  code: field(z.string(), "Change code", "What kind of change."),
  kind: field(z.enum(["breaking", "non-breaking"]), "Kind", "Whether flows built on the previous version break."),
  path: field(z.string(), "JSON pointer", "Where in the definition."),
  operationId: field(z.string(), "Operation", "The operation it affects.").optional(),
  message: field(z.string(), "Message", "What changed and what it means for existing flows."),
});

export const ZImportResponse = z.object({
  connector: z.object({
    id: field(z.string(), "Id", "The connector's id."),
    slug: field(z.string(), "Slug", "The connector's address."),
    title: field(z.string(), "Title", "The connector's title."),
    scope: field(z.enum(SharingScope), "Sharing scope", "Who it is shared with."),
    url: field(z.string(), "Page", "The connector's page."),
  }),
  version: z.object({
    id: field(z.string(), "Version id", "The version's id."),
    number: count("Version", "The version number."),
    errorCount: count("Errors", "Validation errors."),
    warningCount: count("Warnings", "Validation warnings."),
    breakingCount: count("Breaking changes", "Breaking changes against the previous version.").optional(),
  }),
  findings: field(z.array(ZFinding), "Findings", "Every validation finding."),
  changes: field(z.array(ZChange), "Changes", "The changes against the previous version.").optional(),
});

export const ZCatalogItem = z.object({
  id: field(z.string(), "Id", "The connector's id."),
  slug: field(z.string(), "Slug", "The connector's address."),
  title: field(z.string(), "Title", "The connector's title."),
  description: field(z.string(), "Description", "What the connector does."),
  publisher: field(z.string(), "Publisher", "Who publishes it."),
  host: field(z.string(), "Host", "The API's host."),
  brandColor: field(z.string(), "Brand colour", "The connector's brand colour, like #0078d4."),
  hasIcon: field(z.boolean(), "Has icon", "Whether the connector has an icon to download."),
  authType: field(z.enum(AuthType), "Authentication", "How connections authenticate."),
  hosting: field(z.enum(Hosting), "Hosting", "Cloud or on-premises gateway."),
  scope: field(z.enum(SharingScope), "Sharing scope", "Who it is shared with."),
  lifecycle: field(z.enum(Lifecycle), "Lifecycle", "Draft, in review, published, deprecated or retired."),
  kind: field(z.enum(ConnectorKind), "Kind", "MCP when the connector is how an agent reaches an MCP server; REST otherwise."),
  isSample: field(z.boolean(), "Sample", "Whether it is one of the hub's sample connectors."),
  actionCount: count("Actions", "Number of actions."),
  triggerCount: count("Triggers", "Number of triggers."),
  errorCount: count("Errors", "Validation errors of the current version."),
  warningCount: count("Warnings", "Validation warnings of the current version."),
  updatedAt: field(z.string(), "Updated", "When the connector last changed (ISO 8601)."),
});
const ZFacet = z.array(
  z.object({ value: field(z.string(), "Value", "A value of the facet."), count: count("Count", "How many matching connectors have it.") }),
);
export const ZCatalogResponse = z.object({
  items: field(z.array(ZCatalogItem), "Connectors", "The connectors of this page."),
  total: count("Total", "How many connectors match."),
  nextCursor: field(z.string().nullable(), "Next cursor", "Pass as cursor for the next page; null on the last page."),
  facets: field(
    z.object({ auth: ZFacet, hosting: ZFacet, scope: ZFacet, lifecycle: ZFacet, kind: ZFacet, publisher: ZFacet, sample: ZFacet }),
    "Facets",
    "For each filter, its values among the matching connectors and how many have each.",
  ),
});

export const ZValidateProfile = z.enum(["default", "agent"], {
  error: 'profile is "default" or "agent" (agent adds what Copilot Studio needs of operations used as agent tools).',
});

export const ZValidateResponse = z.object({
  sourceFormat: field(z.string(), "Source format", "What the upload was read as."),
  profile: field(ZValidateProfile, "Profile", 'The rules applied: "default", or "agent" for agent readiness as well.'),
  summary: z.object({ errors: count("Errors", "Validation errors."), warnings: count("Warnings", "Validation warnings.") }),
  findings: field(z.array(ZFinding), "Findings", "Every validation finding."),
  connector: z.object({
    kind: field(z.enum(["REST", "MCP"]), "Kind", "MCP when the connector is how an agent reaches an MCP server; REST otherwise."),
    mcp: field(
      z.object({ operationId: z.string().nullable(), endpoint: z.string().nullable() }).nullable(),
      "MCP server",
      "The MCP operation and the endpoint built from scheme, host, basePath and path (MCP connectors only).",
    ),
    title: z.string(),
    description: z.string(),
    host: z.string(),
    basePath: z.string(),
    authType: z.string(),
    usesGateway: z.boolean(),
    actionCount: z.number().int(),
    triggerCount: z.number().int(),
  }),
  duplicates: field(
    z.array(z.object({ slug: z.string(), title: z.string(), host: z.string(), publisher: z.string(), reason: z.string() })),
    "Possible duplicates",
    "Connectors already in the catalog for the same API (signed-in callers only).",
  ).optional(),
  published: field(
    z.array(ZPublishedMatch),
    "Published connectors",
    "Connectors Microsoft's repository already publishes for the same API (with ?duplicates=true or ?published=true).",
  ).optional(),
});

export const ZConnectorResponse = z.object({
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  publisher: z.string(),
  host: z.string(),
  basePath: z.string(),
  hosting: z.string(),
  gatewayName: z.string().nullable(),
  authType: z.string(),
  identityProvider: z.string().nullable(),
  scope: z.string(),
  lifecycle: z.string(),
  owner: z.string(),
  environment: z.string(),
  brandColor: z.string(),
  isSample: z.boolean(),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  operations: z.array(
    z.object({
      operationId: z.string(),
      kind: z.string(),
      triggerKind: z.string().nullable(),
      triggerCardinality: z.string().nullable(),
      method: z.string(),
      path: z.string(),
      summary: z.string(),
      visibility: z.string().nullable(),
      deprecated: z.boolean(),
    }),
  ),
  versions: z.array(
    z.object({
      number: z.number().int(),
      sourceFormat: z.string(),
      createdAt: z.string(),
      errorCount: z.number().int(),
      warningCount: z.number().int(),
      breakingCount: z.number().int(),
    }),
  ),
});

export const ZVersionResponse = z.object({
  number: z.number().int(),
  sourceFormat: z.string(),
  fileName: z.string().nullable(),
  contentHash: z.string(),
  createdAt: z.string(),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  breakingCount: z.number().int(),
  findings: z.array(ZFinding),
  changes: z.array(ZChange),
});

export const ZVersionNumber = z.coerce.number({ error: "The version is a number, like 2." }).int().min(1, "Versions start at 1.");

/** GET /api/v1/connectors/{slug}/certification (issue #21): what certification would ask of the version read. */
export const ZCertificationReport = z.object({
  version: count("Version", "The version checked."),
  kind: field(z.enum(["certified", "independent"]), "Publisher kind", "certified (verified publisher) or independent (independent publisher)."),
  title: field(z.string(), "Title", "The connector's title, which names its folder in the repository."),
  errors: count("Errors", "Findings that block certification."),
  warnings: count("Warnings", "Findings reviewers are likely to ask about."),
  findings: field(z.array(ZFinding), "Findings", "Certification-mode validation, readme, apiProperties and icon findings."),
  checklist: field(z.array(z.string()), "Checklist", "What a reviewer will ask that the hub cannot check."),
  entries: field(z.array(z.string()), "Package files", "The files of the pull request's folder, as the zip holds them."),
  isReadmeDrafted: field(z.boolean(), "Readme drafted", "True when the package's readme.md was drafted from the definition, for the maker to complete."),
});

const ZCertificationState = field(
  z.enum(CERTIFICATION_STATES, { error: `state is one of ${CERTIFICATION_STATES.join(", ")}.` }),
  "State",
  "Where the pull request to microsoft/PowerPlatformConnectors stands: SUBMITTED, IN_REVIEW, CHANGES_REQUESTED, MERGED, WITHDRAWN or REJECTED.",
);

/** POST /api/v1/connectors/{slug}/certification/events (issue #21): the next state of the connector's certification. */
export const ZCertificationEventInput = z.object({
  state: ZCertificationState,
  effectiveAt: field(
    optional(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Give the date as YYYY-MM-DD, like 2026-11-30.")),
    "Date",
    "The day the state took effect (YYYY-MM-DD); default today. Not in the future, not before the previous state.",
  ),
  pullRequestUrl: field(
    optional(z.string().trim().max(200, "A pull request address is at most 200 characters.")),
    "Pull request",
    "Its address, like https://github.com/microsoft/PowerPlatformConnectors/pull/1234; kept for the attempt's later states.",
  ),
  note: field(optional(z.string().max(2000, "Notes are at most 2,000 characters.")), "Note", "What the reviewers asked, or anything else worth keeping."),
});

/** The certification timeline of a connector, oldest state first, with what may be recorded next. */
export const ZCertificationTimeline = z.object({
  connector: field(z.string(), "Connector", "The connector's slug."),
  current: field(ZCertificationState.nullable(), "Current state", "The newest state; null when nothing is recorded."),
  next: field(z.array(ZCertificationState), "Next states", "The states that may be recorded next (none once merged)."),
  events: field(
    z.array(
      z.object({
        id: field(z.string(), "Id", "The event's id."),
        state: ZCertificationState,
        effectiveAt: field(z.string(), "Date", "When the state took effect (ISO 8601)."),
        recordedAt: field(z.string(), "Recorded", "When it was recorded in the hub (ISO 8601)."),
        pullRequestUrl: field(z.string().nullable(), "Pull request", "The attempt's pull request, when given."),
        note: field(z.string().nullable(), "Note", "The note recorded with it."),
        recordedBy: field(z.string().nullable(), "Recorded by", "Who recorded it; null when that person was removed."),
      }),
    ),
    "Events",
    "The states recorded, oldest first.",
  ),
});
