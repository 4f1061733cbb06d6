export * from "./factories.ts";
export { buildDemoDefinition, type DemoConnectorSpec, type DemoOperation } from "./demo-definitions.ts";
export { FINANCE_GROUP_OBJECT_ID, LOCAL_TENANT_ID, PERSONA_GROUPS, PERSONAS, type Persona } from "./personas.ts";
export { isDatabaseEmpty, seedDemoData } from "./seed-demo-data.ts";
export { CORPUS_SEED_DIR, seedCorpusConnectors, type SeedCorpusOptions } from "./seed-corpus-connectors.ts";
export { seedPublishedConnectors } from "../published/seed-published-connectors.ts";
export { seedDemoInventory } from "./seed-demo-inventory.ts";
export { DEMO_MCP_SLUG, seedDemoMcpConnector } from "./seed-demo-mcp-connector.ts";
