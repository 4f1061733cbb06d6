// Prisma CLI configuration. Migrations run offline in Prisma's bundled wasm schema engine through a driver
// adapter (see packages/db/src/migrate-adapter.ts). DATABASE_URL is set by scripts/with-db.mjs, which starts the
// embedded PostgreSQL when no server is configured.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { createMigrationAdapterFactory } from "./packages/db/src/migrate-adapter.ts";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error("DATABASE_URL is not set. Run database commands through npm (npm run db:migrate), which starts the embedded database.");
    }
    return createMigrationAdapterFactory(url);
  },
});
