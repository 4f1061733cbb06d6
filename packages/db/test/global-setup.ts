import type { TestProject } from "vitest/node";
import { provideTestDatabase } from "../src/testing/database-suite.ts";

export default function setup(project: TestProject) {
  return provideTestDatabase(project, "db tests");
}
