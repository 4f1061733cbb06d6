// The index of the connectors Microsoft publishes in microsoft/PowerPlatformConnectors (seed data of the db
// package; `connector-hub public-index build` writes a new one from a clone): what the matcher compares a
// maker's connector against.

export type TPublishedKind = "certified" | "independent-publisher";

export interface TPublishedOperation {
  operationId: string;
  method: string;
  path: string;
  trigger?: boolean;
}

export interface TPublishedConnector {
  /** Folder in the repository, e.g. "independent-publisher-connectors/HubSpot CRM". */
  folder: string;
  kind: TPublishedKind;
  title: string;
  publisher?: string;
  stackOwner?: string;
  host: string;
  basePath?: string;
  brandColor?: string;
  authTypes?: string[];
  operations: TPublishedOperation[];
}

export interface TPublishedIndex {
  source: string;
  commit: string;
  date: string;
  licence: string;
  count: number;
  unreadable: number;
  connectors: TPublishedConnector[];
}

/** Where a published connector's folder lives on GitHub, at the index's commit. */
export function publishedFolderUrl(folder: string, commit: string): string {
  const ref = /^[0-9a-f]{40}$/i.test(commit) ? commit : "dev";
  return `https://github.com/microsoft/PowerPlatformConnectors/tree/${ref}/${folder.split("/").map(encodeURIComponent).join("/")}`;
}

/** The note-level finding (SARIF "note") of `validate --published`: a published connector may already cover the API. */
export const PUBLISHED_MATCH_CODE = "PublishedConnectorExists";
export const PUBLISHED_MATCH_DESCRIPTION = "A connector Microsoft publishes (certified or independent publisher) may already cover this API.";
