import { defineConfig } from "vitest/config";

// Every test here talks to a real PostgreSQL (embedded, or TEST_DATABASE_URL's server), one file at a time.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
