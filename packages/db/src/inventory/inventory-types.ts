/** A canvas app, a cloud flow or a Copilot Studio agent. */
export type UsageKind = "APP" | "FLOW" | "AGENT";

export interface UsageResource {
  kind: UsageKind;
  name: string;
  displayName: string;
  environmentName: string;
  environmentDisplayName: string;
  /** The owner as the hub knows them (a hub user by Entra object id), else as the inventory named them. */
  owner: string;
  /** The hub user's id when the owner uses the hub (notifications go there). */
  ownerUserId: string | null;
  ownerOid: string | null;
  modifiedAt: Date | null;
  state: string | null;
  /** Operations of this connector it calls (flows only; which operations an app or an agent calls is not read). */
  operations: string[];
}

export interface ConnectorUsage {
  /** The copies of this connector found in environments (same host and title, or adopted). */
  copies: { environmentName: string; environmentDisplayName: string; name: string }[];
  environments: { name: string; displayName: string; apps: UsageResource[]; flows: UsageResource[]; agents: UsageResource[] }[];
  operations: { operationId: string; flowCount: number; isUnused: boolean }[];
  totals: { apps: number; flows: number; agents: number; owners: number; environments: number };
  lastSyncedAt: Date | null;
}

export interface BreakingImpact {
  code: string;
  operationId: string | null;
  message: string;
  /** "DeleteOrder removed: 7 flows of 4 owners in 2 environments". */
  summary: string;
  flowCount: number;
  ownerCount: number;
  environmentCount: number;
  flows: UsageResource[];
  owners: { label: string; userId: string | null; flowCount: number }[];
  environments: { name: string; displayName: string; flowCount: number }[];
}
