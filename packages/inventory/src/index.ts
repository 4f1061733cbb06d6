export { createTokenSource, type TokenSource, type TokenSourceOptions } from "./token/create-token-source.ts";
export { createAdminClient, AdminApiError, PUBLIC_CLOUD, SCOPES, type AdminClient, type AdminClientOptions, type AdminEndpoints } from "./http/admin-client.ts";
export { parseRetryAfter } from "./http/parse-retry-after.ts";
export { runInventorySync, type RunInventorySyncOptions, type SyncProgress, type SyncResult } from "./sync/run-inventory-sync.ts";
export { extractFlowUsages, parseFlowListItem } from "./parse/parse-flow.ts";
export { parseApp } from "./parse/parse-app.ts";
export { parseConnector, readDefinitionFacts } from "./parse/parse-connector.ts";
export { parseEnvironment } from "./parse/parse-environment.ts";
