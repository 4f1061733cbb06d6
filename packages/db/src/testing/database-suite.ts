// The global setup of the vitest suites that run on a real PostgreSQL (packages/db's and packages/inventory's).
// Imported by tests only, never by the hub itself. (Their vitest.config.ts files stay apart: vitest bundles a config
// but leaves another workspace's package to Node, which cannot load its TypeScript source.)
import type { TestProject } from "vitest/node";
import { createTestDatabase } from "./create-test-database.ts";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: "server" | "embedded";
  }
}

/** A global setup: a fresh migrated database, provided to the tests as `databaseUrl`, dropped after the run. */
export async function provideTestDatabase(project: TestProject, suite: string): Promise<() => Promise<void>> {
  const database = await createTestDatabase();
  project.provide("databaseUrl", database.url);
  project.provide("databaseKind", database.kind);
  console.log(`[${suite}] running on a fresh ${database.kind} PostgreSQL database`);
  return () => database.drop();
}
