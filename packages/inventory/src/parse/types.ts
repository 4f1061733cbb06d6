export interface TEnvironmentItem {
  name: string;
  displayName: string;
  sku: string | null;
  isDefault: boolean;
  region: string | null;
  modifiedAt: Date | null;
  /** The environment's Dataverse (`linkedEnvironmentMetadata.instanceUrl`), where its agents live; null = none. */
  instanceUrl: string | null;
}

export interface TConnectorItem {
  name: string;
  displayName: string;
  modifiedAt: Date | null;
  createdByOid: string | null;
  createdByName: string | null;
  /** The time-limited URL of the OpenAPI definition (SAS signed), or the inline definition. */
  swaggerUrl: string | null;
  inlineDefinition: Record<string, unknown> | null;
}

export interface TUsageItem {
  connectorName: string;
  operationId: string | null;
  actionName: string | null;
  isTrigger: boolean;
}

/** A canvas app, a cloud flow or a Copilot Studio agent. */
export type TResourceKind = "APP" | "FLOW" | "AGENT";

export interface TResourceItem {
  kind: TResourceKind;
  name: string;
  displayName: string;
  state: string | null;
  ownerOid: string | null;
  ownerName: string | null;
  ownerEmail: string | null;
  modifiedAt: Date | null;
  /** Null when the list item does not carry them (flows: read from the flow's own GET), or unchanged (only marked seen). */
  usages: TUsageItem[] | null;
}
