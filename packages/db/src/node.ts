// Node-only entry of @connector-hub/db: starting the embedded database, migrating, seeding. Not for the web bundle.
export { connectDatabase } from "./connect-database.ts";
export { embeddedServerPid, ensureWritableFolder, startEmbeddedDatabase, resolveDataRoot, systemDataFolder, type EmbeddedDatabase } from "./embedded.ts";
export { HubConfigError } from "./errors.ts";
export { checkDataFolder } from "./data-folder.ts";

export { poolConfigFromUrl, redactUrl, withDatabase } from "./pg-config.ts";
export { migrateDatabase, checkMigrations, type MigrationState } from "./migrate.ts";
export { findRepoRoot } from "./paths.ts";
export { createTestDatabase, type TestDatabase } from "./testing/create-test-database.ts";
