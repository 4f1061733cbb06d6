// `npm start`: builds what is stale, brings up the database (embedded unless DATABASE_URL is set), applies
// migrations, seeds an empty database, then serves the hub on http://localhost:3000. `npm run dev` does the same
// with Next's development server and no build. Ctrl-C stops everything it started.
//
// The data folder is checked first, before anything heavy is loaded (the database client, the seed, the sign-in
// provider take seconds to import on a busy machine): a fault there is one line and exit 78 at once. The supervisor
// itself is scripts/lib/start-hub.ts.
import { checkDataFolder, HubConfigError } from "@connector-hub/db/data-folder";

try {
  checkDataFolder({ embedded: !process.env.DATABASE_URL });
} catch (error) {
  if (!(error instanceof HubConfigError)) throw error;
  console.error(`[hub] error: ${error.message}`);
  process.exit(error.exitCode);
}
await import("./lib/start-hub.ts");
