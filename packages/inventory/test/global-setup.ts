import type { TestProject } from "vitest/node";
import { createTestDatabase } from "@connector-hub/db/node";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: "server" | "embedded";
  }
}

export default async function setup(project: TestProject) {
  // Its own embedded test cluster, so `turbo run test` can run these beside packages/db's tests.
  process.env.HUB_TEST_CLUSTER ??= "postgres-inventory-test";
  process.env.HUB_TEST_PG_PORT = process.env.HUB_INVENTORY_TEST_PG_PORT ?? "54399";
  const database = await createTestDatabase();
  project.provide("databaseUrl", database.url);
  project.provide("databaseKind", database.kind);
  console.log(`[inventory tests] running on a fresh ${database.kind} PostgreSQL database`);
  return () => database.drop();
}
