import { defineConfig } from "vitest/config";

// Fault injection on loopback (issue 17): real processes killed with -9, a real PostgreSQL taken away, races over HTTP
// on two web servers. One file at a time (each starts a hub of its own on free ports); the web app is built once.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 300_000,
  },
});
