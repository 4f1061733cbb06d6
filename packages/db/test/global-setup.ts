import type { TestProject } from "vitest/node";
import { createTestDatabase } from "../src/node.ts";

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
  console.log(`[db tests] running on a fresh ${database.kind} PostgreSQL database`);
  return () => database.drop();
}
