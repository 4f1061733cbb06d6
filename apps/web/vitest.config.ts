import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// "@/..." as in tsconfig, so tests can import route handlers the way Next does. Files run one at a time: the
// sign-in and authorization tests each start and stop the web tests' own embedded PostgreSQL cluster.
export default defineConfig({
  // "server-only" throws outside React's server condition; the tests import server modules on purpose.
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./src", import.meta.url)),
      "server-only": fileURLToPath(new URL("./test/support/server-only-stub.ts", import.meta.url)),
    },
  },
  test: { include: ["test/**/*.test.ts", "app/**/*.test.ts", "src/**/*.test.ts"], fileParallelism: false, testTimeout: 60_000, hookTimeout: 180_000 },
});
