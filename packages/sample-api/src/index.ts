export { createSampleApi, type TSampleApiOptions } from "./create-sample-api.ts";
export { startSampleApi, PortInUseError, type TStartSampleApiOptions, type TRunningSampleApi } from "./start-sample-api.ts";
export { sampleConnectorDefinitions, type TSampleConnectorDefinition } from "./definition/sample-connector-definitions.ts";
export { buildSwagger } from "./definition/build-swagger.ts";
export { buildApiProperties } from "./definition/build-api-properties.ts";
export { SAMPLE_VARIANTS, API_KEY_HEADER_NAME, type TSampleVariant } from "./auth/sample-variants.ts";
export { DEMO_API_KEY, DEMO_BASIC_USER, DEMO_OAUTH_CLIENTS, OAUTH_SCOPES, demoConnectionValues } from "./auth/demo-credentials.ts";
export {
  createLocalTokenAuthority,
  createRemoteTokenVerifier,
  LOCAL_ISSUER,
  LOCAL_AUDIENCE,
  type TVerifyAccessToken,
  type TAccessTokenClaims,
} from "./auth/verify-access-token.ts";
export { DEFAULT_RETRY_POLICY, computeBackoffDelay, type TRetryPolicy } from "./webhooks/compute-backoff-delay.ts";
export { buildMcpSwagger, buildMcpApiProperties } from "./definition/build-mcp-definition.ts";
export { MCP_PATH } from "./mcp/register-mcp-route.ts";
export { createInventoryMcpServer, MCP_SERVER_INFO, STOCK_RESOURCE_URI } from "./mcp/create-inventory-mcp-server.ts";
