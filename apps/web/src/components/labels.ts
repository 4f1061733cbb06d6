export const AUTH_LABELS: Record<string, string> = { NONE: "No authentication", API_KEY: "API key", BASIC: "Basic", OAUTH2: "OAuth 2.0", WINDOWS: "Windows" };
export const HOSTING_LABELS: Record<string, string> = { CLOUD: "Cloud", ON_PREMISES: "On-premises gateway" };
export const SCOPE_LABELS: Record<string, string> = { PRIVATE: "Private", USERS: "Shared with people", ORGANIZATION: "Organization", PUBLIC: "Public" };
export const LIFECYCLE_LABELS: Record<string, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  PUBLISHED: "Published",
  DEPRECATED: "Deprecated",
  RETIRED: "Retired",
};
export const KIND_LABELS: Record<string, string> = { REST: "REST", MCP: "MCP server" };
export const SAMPLE_LABELS: Record<string, string> = { true: "Samples", false: "Not samples" };

export function label(map: Record<string, string>, value: string): string {
  return map[value] ?? value;
}
