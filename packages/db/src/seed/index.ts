export * from "./factories.ts";
export { buildDemoDefinition, type DemoConnectorSpec, type DemoOperation } from "./demo-definitions.ts";
export { LOCAL_TENANT_ID, PERSONAS, type Persona } from "./personas.ts";
export { isDatabaseEmpty, seedDemoData } from "./seed-demo-data.ts";
