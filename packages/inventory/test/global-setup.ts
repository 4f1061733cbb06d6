import type { TestProject } from "vitest/node";
import { createTestDatabase } from "@connector-hub/db/node";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: "server" | "embedded";
  }
}

export default async function setup(project: TestProject) {
  const database = await createTestDatabase();
  project.provide("databaseUrl", database.url);
  project.provide("databaseKind", database.kind);
  console.log(`[inventory tests] running on a fresh ${database.kind} PostgreSQL database`);
  return () => database.drop();
}
