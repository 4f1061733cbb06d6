import { z } from "zod";

// The governance dashboard route's answer, generated into /api/v1/swagger.json (see hub-openapi.ts).

const field = <T extends z.ZodType>(schema: T, summary: string, description: string) => schema.meta({ "x-ms-summary": summary, description });
const count = (summary: string, description: string) => field(z.number().int(), summary, description);
const buckets = (summary: string, description: string) =>
  field(
    z.array(z.object({ key: field(z.string(), "Key", "The value counted, like OAUTH2 or CLOUD."), count: count("Count", "How many.") })),
    summary,
    description,
  );

export const ZGovernanceDashboard = z.object({
  generatedAt: field(z.string(), "Generated", "When the figures were computed (ISO 8601)."),
  connectors: z.object({
    total: count("Connectors", "How many connectors the catalog holds."),
    withErrors: count("With errors", "Connectors whose newest version has validator errors."),
    withWarnings: count("With warnings", "Connectors whose newest version has validator warnings."),
    byAuth: buckets("By authentication", "Connectors per authentication type."),
    byHosting: buckets("By hosting", "Connectors per hosting (cloud or on-premises)."),
    byScope: buckets("By scope", "Connectors per sharing scope."),
    byLifecycle: buckets("By lifecycle", "Connectors per lifecycle stage."),
  }),
  byDlpGroup: buckets("By DLP group", "Connectors per data-loss-prevention group of the tenant policy."),
  newPerWeek: field(
    z.array(z.object({ week: field(z.string(), "Week", "The Monday of the week (YYYY-MM-DD)."), count: count("New", "Connectors created that week.") })),
    "New per week",
    "Connectors created in each of the last twelve weeks.",
  ),
  sharing: z.object({
    byStage: buckets("By stage", "Sharing requests per review stage."),
    open: count("Open", "Requests waiting for a decision."),
    decided: count("Decided", "Requests approved or rejected."),
    medianHoursToDecision: field(z.number().nullable(), "Median hours to decision", "From submission to approval or rejection; null before any decision."),
    medianHoursInStage: field(
      z.array(z.object({ stage: field(z.string(), "Stage", "The review stage."), hours: field(z.number(), "Median hours", "How long requests stay in it.") })),
      "Median hours in stage",
      "How long requests wait in each stage.",
    ),
  }),
  topMakers: field(
    z.array(
      z.object({
        userId: field(z.string(), "User id", "The maker's id."),
        displayName: field(z.string(), "Name", "The maker's name."),
        upn: field(z.string(), "User principal name", "The maker's sign-in name."),
        isActive: field(z.boolean(), "Active", "Whether the account is active."),
        connectors: count("Connectors", "How many connectors they own."),
      }),
    ),
    "Top makers",
    "The people who own the most connectors.",
  ),
  licence: z.object({
    nearRatio: field(z.number(), "Near ratio", "The share of a creation cap from which a maker counts as near it."),
    near: count("Near the cap", "Makers near their plan's creation cap."),
    at: count("At the cap", "Makers at their cap."),
    over: count("Over the cap", "Makers over their cap (a plan changed after they created)."),
    users: field(
      z.array(
        z.object({
          userId: field(z.string(), "User id", "The maker's id."),
          displayName: field(z.string(), "Name", "The maker's name."),
          upn: field(z.string(), "User principal name", "The maker's sign-in name."),
          owned: count("Owned", "Connectors they own."),
          cap: count("Cap", "Their plan's creation cap."),
          plan: field(z.string(), "Plan", "The plan that sets the cap."),
          status: field(z.enum(["near", "at", "over"]), "Status", "Near, at or over the cap."),
        }),
      ),
      "Makers near or over",
      "The makers near, at or over their cap.",
    ),
  }),
  validation: z.object({
    withErrors: count("With errors", "Connectors whose newest version has validator errors."),
    withWarnings: count("With warnings", "Connectors whose newest version has validator warnings."),
    topRules: field(
      z.array(
        z.object({
          code: field(z.string(), "Rule", "The validator rule code."),
          severity: field(z.string(), "Severity", "error, warning or info."),
          findings: count("Findings", "How many findings of the rule."),
          connectors: count("Connectors", "In how many connectors."),
        }),
      ),
      "Top rules",
      "The rules that find the most.",
    ),
  }),
  attention: field(
    z.array(
      z.object({
        kind: field(z.string(), "Kind", "Which check, like anonymous_org_wide."),
        label: field(z.string(), "Label", "What the check looks for."),
        total: count("Total", "How many connectors it finds."),
        items: field(
          z.array(
            z.object({
              slug: field(z.string(), "Slug", "The connector's address."),
              title: field(z.string(), "Title", "The connector's title."),
              owner: field(z.string(), "Owner", "Who owns it."),
              detail: field(z.string(), "Detail", "What was found and what to do."),
            }),
          ),
          "Connectors",
          "The first connectors it finds.",
        ),
      }),
    ),
    "Needs attention",
    "Connectors that need an administrator's look.",
  ),
  audit: z.object({
    lastSevenDays: count("Last seven days", "Audit events in the last seven days."),
    latest: field(
      z.array(
        z.object({
          at: field(z.string(), "When", "When it happened (ISO 8601)."),
          actorLabel: field(z.string(), "Who", "Who did it."),
          action: field(z.string(), "Action", "What they did."),
          entityType: field(z.string(), "Entity type", "What it was done to."),
          entityId: field(z.string(), "Entity id", "Which one."),
        }),
      ),
      "Latest",
      "The latest audit events.",
    ),
  }),
  mcp: field(
    z.object({
      connectors: count("MCP connectors", "Connectors whose newest version is an MCP server connector."),
      discovered: count("Discovered", "Of those, how many have had their tools discovered."),
      tools: count("Tools", "Tools in the newest discovery of each MCP connector."),
      notAgentReady: count("Not agent-ready", "Of those tools, how many Copilot Studio would filter out or fail on."),
    }),
    "MCP servers",
    "MCP connectors and their tools; absent from figures computed before MCP counts existed.",
  ).optional(),
  publishedDuplicates: field(
    z.object({
      connectors: count("Connectors", "Organization connectors for an API Microsoft's repository already publishes a connector for."),
      withReason: count("With a reason", "Of those, how many carry the maker's reason for a new one."),
    }),
    "Duplicates of published connectors",
    "Absent from figures computed before the count existed.",
  ).optional(),
  certification: field(
    z.object({
      inProgress: count("In progress", "Connectors whose certification pull request is submitted, in review or has changes requested."),
      merged: count("Merged", "Connectors whose certification was merged."),
      medianDaysToMerge: field(
        z.number().nullable(),
        "Median days to merge",
        "From the first submission of the attempt that merged to the merge; null when none merged.",
      ),
      medianDaysInReview: field(
        z.number().nullable(),
        "Median days in review",
        "How long a connector stayed in review each time; null before any review ended.",
      ),
      reviewSpells: count("Review spells", "How many finished stays in review the median is taken over."),
    }),
    "Certification",
    "Certification in microsoft/PowerPlatformConnectors as recorded on connectors; absent from figures computed before it was tracked.",
  ).optional(),
  reclassified: count("Reclassified", "Connectors whose DLP group a policy change moved since the last figures."),
  computedAt: field(z.string(), "Computed", "When this snapshot was computed (ISO 8601)."),
  isStale: field(z.boolean(), "Stale", "True when the figures are older than five minutes and are being recomputed; ask with fresh=true to wait."),
  computeMs: count("Compute time (ms)", "How long computing the figures took."),
});
