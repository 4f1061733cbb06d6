export { startAdminApiStandIn, type AdminApiStandInOptions, type RunningAdminApiStandIn, type StandInRequest } from "./start-admin-api-stand-in.ts";
export { startTokenProvider, type RunningTokenProvider, type StartTokenProviderOptions } from "./start-token-provider.ts";
export {
  StandInTenant,
  type StandInAgent,
  type StandInApp,
  type StandInCall,
  type StandInConnector,
  type StandInEnvironment,
  type StandInFlow,
  type StandInPerson,
} from "./tenant.ts";
export { buildSyntheticTenant, type SyntheticTenantOptions } from "./build-synthetic-tenant.ts";
