import { provideTestDatabase } from "@connector-hub/db/testing";
import type { TestProject } from "vitest/node";

export default function setup(project: TestProject) {
  // Its own embedded test cluster, so `turbo run test` can run these beside packages/db's tests.
  process.env.HUB_TEST_CLUSTER ??= "postgres-inventory-test";
  process.env.HUB_TEST_PG_PORT = process.env.HUB_INVENTORY_TEST_PG_PORT ?? "54399";
  return provideTestDatabase(project, "inventory tests");
}
