import { DlpGroup } from "@connector-hub/db";
import { z } from "zod";

// The DLP routes' answers. The routes parse what they return with these, and /api/v1/swagger.json is generated from
// them (app/api/v1/swagger.json/hub-openapi.ts), so the definition cannot drift from the answers.

const field = <T extends z.ZodType>(schema: T, summary: string, description: string) => schema.meta({ "x-ms-summary": summary, description });
const count = (summary: string, description: string) => field(z.number().int(), summary, description);
/** A Date as the answer carries it: an ISO 8601 string. */
const instant = (summary: string, description: string) =>
  field(z.codec(z.date(), z.string(), { decode: (date) => date.toISOString(), encode: (text) => new Date(text) }), summary, description);
const group = (summary: string, description: string) => field(z.enum(DlpGroup), summary, description);

export const ZDlpPolicyAnswer = z.object({
  id: field(z.string(), "Policy id", "The policy's id."),
  name: field(z.string(), "Name", "The policy's name."),
  scope: field(z.enum(["TENANT", "ENVIRONMENT"]), "Scope", "The whole tenant, or one environment."),
  environmentId: field(z.string().nullable(), "Environment id", "The environment an ENVIRONMENT policy governs; null for the tenant."),
  isDefault: field(z.boolean(), "Default", "Whether it is the default tenant policy (which cannot be deleted)."),
  createdAt: instant("Created", "When the policy was created (ISO 8601)."),
  updatedAt: instant("Updated", "When the policy last changed (ISO 8601)."),
  patterns: field(
    z.array(
      z.object({
        order: count("Order", "Position in the list; the first pattern that matches decides."),
        pattern: field(z.string(), "Pattern", "Host URL pattern, * as wildcard."),
        group: group("Group", "The group a matching connector falls in."),
      }),
    ),
    "Patterns",
    "The ordered host URL patterns.",
  ),
  overrides: field(
    z.array(
      z.object({
        connectorId: field(z.string(), "Connector id", "The connector the override is for."),
        group: group("Group", "The group the connector is put in, whatever the patterns say."),
        connector: z
          .object({ slug: field(z.string(), "Slug", "The connector's address."), title: field(z.string(), "Title", "The connector's title.") })
          .optional(),
      }),
    ),
    "Overrides",
    "Per-connector groups that win over the patterns.",
  ),
});

export const ZDlpPolicyList = z.object({ policies: field(z.array(ZDlpPolicyAnswer), "Policies", "The default tenant policy first, then by name.") });

const counts = (summary: string, description: string) =>
  field(z.object({ BUSINESS: z.number().int(), NON_BUSINESS: z.number().int(), BLOCKED: z.number().int(), IGNORE: z.number().int() }), summary, description);
const side = (summary: string, description: string) =>
  field(z.object({ group: group("Group", "The DLP group."), rule: field(z.string(), "Rule", "What decided it.") }), summary, description);

export const ZDlpPreview = z.object({
  moved: field(
    z.array(
      z.object({
        id: field(z.string(), "Connector id", "The connector's id."),
        slug: field(z.string(), "Slug", "The connector's address."),
        title: field(z.string(), "Title", "The connector's title."),
        host: field(z.string(), "Host", "The API's host."),
        from: side("From", "The group it is in today, and why."),
        to: side("To", "The group it would move to, and why."),
      }),
    ),
    "Moved",
    "Connectors that would change group (at most 200, by title).",
  ),
  total: count("Total", "How many connectors would change group."),
  governed: count("Governed", "How many connectors the policy governs."),
  before: counts("Before", "Connectors in each group today."),
  after: counts("After", "Connectors in each group with the draft."),
  problems: field(
    z.array(
      z.object({
        code: field(z.string(), "Code", "Machine-readable problem code."),
        message: field(z.string(), "Message", "What is wrong and what to change."),
        path: field(z.string(), "Path", "Where in the draft."),
      }),
    ),
    "Problems",
    "What stops the draft from being saved; empty when it may be.",
  ),
  suspended: field(
    z.object({
      apps: count("Apps", "Apps that use a connector the draft would block."),
      flows: count("Flows", "Flows that use a connector the draft would block."),
      agents: count("Agents", "Copilot Studio agents whose tools use a connector the draft would block."),
      items: z.array(
        z.object({
          kind: field(z.enum(["APP", "FLOW", "AGENT"]), "Kind", "A canvas app, a cloud flow or a Copilot Studio agent."),
          displayName: field(z.string(), "Name", "The app's, flow's or agent's name."),
          environmentDisplayName: field(z.string(), "Environment", "Its environment."),
          owner: field(z.string(), "Owner", "Who owns it."),
          connector: field(z.string(), "Connector", "The blocked connector it uses."),
        }),
      ),
    }),
    "Suspended",
    "Apps and flows in environments the draft would suspend, and agents whose tools it would block (from the inventory; the first 50 listed).",
  ),
});

/** The copy's body: an optional name ("Copy of …" when left out). */
export const ZDlpPolicyCopyInput = z.object({
  name: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ "x-ms-summary": "Name", description: "The copy's name; \"Copy of\" the policy's name when left out." }),
});
