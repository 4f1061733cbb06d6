import { z } from "zod";
import { ZChange } from "../connectors/schemas.ts";

// Usage and impact (#20): answers of /api/v1/connectors/{slug}/usage and /impact, from the inventory of environments.

const field = <T extends z.ZodType>(schema: T, summary: string, description: string) => schema.meta({ "x-ms-summary": summary, description });
const count = (summary: string, description: string) => field(z.number().int(), summary, description);

export const ZUsageResource = z.object({
  kind: field(z.enum(["APP", "FLOW", "AGENT"]), "Kind", "A canvas app, a cloud flow or a Copilot Studio agent."),
  name: field(z.string(), "Name", "The app's, flow's or agent's id in its environment."),
  displayName: field(z.string(), "Display name", "The app's, flow's or agent's name."),
  environmentName: field(z.string(), "Environment id", "The environment it lives in."),
  environmentDisplayName: field(z.string(), "Environment", "The environment's name."),
  owner: field(z.string(), "Owner", "Who owns it."),
  modifiedAt: field(z.string(), "Last modified", "When it was last modified (ISO 8601).").nullable(),
  state: field(z.string(), "State", "Started, Stopped or Suspended (flows); Active or Inactive (agents).").nullable(),
  operations: field(z.array(z.string()), "Operations", "The connector's operations it calls (flows; not read for apps and agents)."),
});

export const ZConnectorUsage = z.object({
  copies: field(
    z.array(z.object({ environmentName: z.string(), environmentDisplayName: z.string(), name: z.string() })),
    "Copies",
    "The connector as found in environments.",
  ),
  environments: field(
    z.array(
      z.object({
        name: z.string(),
        displayName: z.string(),
        apps: z.array(ZUsageResource),
        flows: z.array(ZUsageResource),
        agents: field(z.array(ZUsageResource), "Agents", "Copilot Studio agents whose tools use it (from the environment's Dataverse)."),
      }),
    ),
    "Environments",
    "Apps, flows and agents using it, per environment.",
  ),
  operations: field(
    z.array(z.object({ operationId: z.string(), flowCount: z.number().int(), isUnused: z.boolean() })),
    "Operations",
    "Per operation, how many flows call it.",
  ),
  totals: z.object({
    apps: count("Apps", "Apps using it."),
    flows: count("Flows", "Flows using it."),
    agents: count("Agents", "Copilot Studio agents using it."),
    owners: count("Owners", "Distinct owners."),
    environments: count("Environments", "Environments where it is used."),
  }),
  lastSyncedAt: field(z.string(), "Last sync", "When the inventory was last synced (ISO 8601).").nullable(),
});

export const ZBreakingImpact = z.object({
  code: field(z.string(), "Change code", "The breaking change."),
  operationId: field(z.string(), "Operation", "The operation it changes; null for a connection-level change.").nullable(),
  message: field(z.string(), "Message", "What changed."),
  summary: field(z.string(), "Summary", "e.g. DeleteOrder removed: 7 flows of 4 owners in 2 environments."),
  flowCount: count("Flows", "Flows it reaches."),
  ownerCount: count("Owners", "Their owners."),
  environmentCount: count("Environments", "Their environments."),
  flows: field(z.array(ZUsageResource), "Flows", "The flows it reaches."),
  owners: field(z.array(z.object({ label: z.string(), flowCount: z.number().int() })), "Owners", "Owners and how many of their flows it reaches."),
  environments: field(
    z.array(z.object({ name: z.string(), displayName: z.string(), flowCount: z.number().int() })),
    "Environments",
    "Environments and how many flows there.",
  ),
});

export const ZImpactPreview = z.object({
  comparedWith: count("Compared with", "The version number the candidate was compared with."),
  breaksFlows: field(z.boolean(), "Breaks flows", "True when a breaking change reaches at least one flow: fail the pull request."),
  changes: field(z.array(ZChange), "Changes", "Every change against that version."),
  impacts: field(z.array(ZBreakingImpact), "Impacts", "The breaking changes that reach flows, with the flows, owners and environments."),
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);
type TUsageResourceIn = { modifiedAt: Date | null } & Omit<z.input<typeof ZUsageResource>, "modifiedAt">;
export const toUsageResource = (r: TUsageResourceIn) => ({ ...r, modifiedAt: iso(r.modifiedAt) });
export const toImpact = <T extends { flows: TUsageResourceIn[] }>(i: T) => ({ ...i, flows: i.flows.map(toUsageResource) });

export const ZRevocationImpact = z.object({
  shareId: field(z.string(), "Share id", "The share this impact is of."),
  connector: z.object({
    slug: field(z.string(), "Slug", "The connector's address."),
    title: field(z.string(), "Title", "The connector's title."),
  }),
  principal: z.object({
    type: field(z.enum(["USER", "GROUP", "ORGANIZATION"]), "Principal type", "Who the share is to: a person, a group or the organization."),
    id: field(z.string(), "Principal id", "The person's or group's id; null for the organization.").nullable(),
    displayName: field(z.string(), "Principal", "The person's or group's name, or Everyone in the organization."),
    permission: field(z.enum(["CAN_VIEW", "CAN_EDIT"]), "Permission", "What the share grants."),
  }),
  scopeAfter: field(z.enum(["PRIVATE", "USERS", "ORGANIZATION", "PUBLIC"]), "Scope after", "Who the connector is shared with once revoked."),
  people: field(
    z.array(
      z.object({
        userId: field(z.string(), "User id", "The person's id in the hub."),
        displayName: field(z.string(), "Name", "The person's name."),
        upn: field(z.string(), "Sign-in name", "The person's sign-in name."),
        flowCount: count("Flows", "How many of their flows use the connector."),
        appCount: count("Apps", "How many of their apps use the connector."),
        agentCount: count("Agents", "How many of their Copilot Studio agents use the connector."),
        resources: field(z.array(ZUsageResource), "Flows, apps and agents", "Their flows, apps and agents that use the connector (within the list limit)."),
      }),
    ),
    "People",
    "Those who lose access: reached by this share, with no other way to read the connector (at most 200 listed).",
  ),
  totals: z.object({
    reached: count("Reached", "People this share reaches."),
    people: count("Lose access", "People who lose access."),
    flows: count("Flows", "Their flows that stop."),
    apps: count("Apps", "Their apps that stop."),
    agents: count("Agents", "Their agents that stop."),
    environments: count("Environments", "Environments of those flows, apps and agents."),
  }),
  truncated: field(z.boolean(), "Truncated", "True when people, flows, apps or agents were left off the lists (the totals count them all)."),
  lastSyncedAt: field(z.string(), "Last sync", "When the inventory was last synced (ISO 8601); null when never, so which flows stop is not known.").nullable(),
  summary: field(z.string(), "Summary", "e.g. 3 people lose access; 5 of their flows in 2 environments stop."),
});

type TRevocationImpactIn = Omit<z.input<typeof ZRevocationImpact>, "people" | "lastSyncedAt"> & {
  people: (Omit<z.input<typeof ZRevocationImpact>["people"][number], "resources"> & { resources: TUsageResourceIn[] })[];
  lastSyncedAt: Date | null;
};
export const toRevocationImpact = (i: TRevocationImpactIn) => ({
  ...i,
  people: i.people.map((p) => ({ ...p, resources: p.resources.map(toUsageResource) })),
  lastSyncedAt: iso(i.lastSyncedAt),
});

// Adopting a connector found in an environment but not in the catalog (POST /api/v1/inventory/connectors/{id}/adoption).
export const ZAdoptionInput = z.object({
  ownerId: z.string().trim().min(1, "Choose the maker who will own the connector.").max(100),
});

export const ZAdoptionAnswer = z.object({
  connector: field(
    z.object({
      id: z.string(),
      slug: field(z.string(), "Slug", "The new catalog connector's slug."),
      title: field(z.string(), "Title", "Its title."),
      url: field(z.string(), "Page", "Its page in the hub."),
    }),
    "Connector",
    "The catalog connector created from the inventory's definition (a private draft of the chosen owner).",
  ),
  version: field(z.object({ number: z.number().int(), errorCount: z.number().int(), warningCount: z.number().int() }), "Version", "Its first version."),
  linked: count("Linked", "Inventory rows now linked to it: the adopted one and its copies in other environments."),
});

/** GET /api/v1/inventory/sync-runs: the newest inventory syncs and imports with their progress. */
export const ZInventorySyncRuns = z.object({
  runs: field(
    z.array(
      z.object({
        id: field(z.string(), "Run id", "The run's id."),
        source: field(z.string(), "Source", "api (the admin APIs), coe or powershell (imports), seed (the demo tenant)."),
        status: field(
          z.enum(["running", "succeeded", "failed", "stalled"]),
          "Status",
          "stalled: running, but no page committed for two minutes (resumed by the next sync).",
        ),
        startedAt: field(z.string(), "Started", "When it started (ISO 8601)."),
        finishedAt: field(z.string(), "Finished", "When it finished (ISO 8601); null while running.").nullable(),
        heartbeatAt: field(z.string(), "Last progress", "When it last committed a page (ISO 8601)."),
        phase: field(z.string(), "Phase", "Where it is: environments, connectors, apps, flows, sweep, done.").nullable(),
        environmentsDone: count("Environments done", "Environments read to the end."),
        environmentsTotal: count("Environments", "Environments found."),
        connectors: count("Connectors", "Custom connectors read."),
        apps: count("Apps", "Canvas apps read."),
        flows: count("Flows", "Cloud flows read."),
        agents: count("Agents", "Copilot Studio agents read from the environments' Dataverse."),
        agentsUnreadable: field(
          z.array(z.string()),
          "Agents not read",
          "Environments whose Dataverse refused the sync's app, each with what to change; their agents stay as last read.",
        ),
        requests: count("Requests", "Requests sent to the admin APIs."),
        throttled: count("Throttled", "Answers 429 (Too Many Requests) waited out."),
        error: field(z.string(), "Error", "Why it failed; null otherwise.").nullable(),
      }),
    ),
    "Runs",
    "Newest first.",
  ),
});

export type TInventorySyncRun = z.output<typeof ZInventorySyncRuns>["runs"][number];
type TSyncRunIn = Omit<TInventorySyncRun, "startedAt" | "finishedAt" | "heartbeatAt"> & { startedAt: Date; finishedAt: Date | null; heartbeatAt: Date };
/** A run as the API answers it (and the governance page hands it to the polling component): dates in ISO 8601. */
export const toSyncRun = (r: TSyncRunIn): TInventorySyncRun => ({
  ...r,
  startedAt: r.startedAt.toISOString(),
  finishedAt: iso(r.finishedAt),
  heartbeatAt: r.heartbeatAt.toISOString(),
});
