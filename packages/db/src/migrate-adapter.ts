// Prisma 6.19.3's CLI can only migrate offline through its bundled wasm schema engine with a driver adapter
// (prisma.config.ts: engine "js"). adapter-pg 6.19.3 has four bugs on that path, worked around here and
// nowhere else (shared/prisma-offline.md). Each has a test in test/migrate-adapter.integration.test.ts.
// Delete this module the day Prisma's CLI migrates offline on its current major version.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { randomUUID } from "node:crypto";
import { poolConfigFromUrl } from "./pg-config.ts";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Query = Parameters<Adapter["executeRaw"]>[0];
interface PgResultLike {
  fields: { dataTypeID: number }[];
  rowCount: number | null;
}
interface PerformIO {
  performIO(query: Query): Promise<PgResultLike>;
}

const PG_CHAR = 18; // "char"
const PG_NAME = 19; // name
const PG_TEXT = 25;

/** Bug 2: adapter-pg cannot deserialize columns of type `name` or `"char"`, which the schema engine reads from the catalog. */
function readCatalogTypesAsText(target: PerformIO): void {
  const original = target.performIO.bind(target);
  target.performIO = async (query) => {
    const result = await original(query);
    for (const field of result.fields) {
      if (field.dataTypeID === PG_NAME || field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
    }
    return result;
  };
}

function patchAdapter(adapter: Adapter): Adapter {
  const pool = adapter.underlyingDriver() as pg.Pool;
  readCatalogTypesAsText(adapter as unknown as PerformIO);
  const originalExecuteRaw = adapter.executeRaw.bind(adapter);
  // Bug 1: migration files reach the shadow database through executeRaw, a prepared statement, which refuses
  // several statements at once. With no arguments, the simple query protocol runs the whole script.
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return originalExecuteRaw(query);
    const result = await pool.query(query.sql);
    return Array.isArray(result) ? 0 : (result.rowCount ?? 0);
  };
  // adapter-pg splits scripts on every ';', which breaks function bodies and string literals; send it whole.
  adapter.executeScript = async (script) => {
    await pool.query(script);
  };
  const originalStartTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const tx = await originalStartTransaction(isolationLevel);
    readCatalogTypesAsText(tx as unknown as PerformIO);
    return tx;
  };
  return adapter;
}

/**
 * A migration-aware adapter factory for prisma.config.ts. Bug 3: the shadow database is created and dropped here,
 * from discrete connection fields, dropping it only after its pool is closed. Bug 4: the CLI never disposes
 * adapters, so pools must let the process exit when idle.
 */
export function createMigrationAdapterFactory(databaseUrl: string) {
  const config = poolConfigFromUrl(databaseUrl, { allowExitOnIdle: true, max: 4 });
  const main = new PrismaPg(config);
  return {
    provider: "postgres" as const,
    adapterName: main.adapterName,
    connect: async () => patchAdapter(await main.connect()),
    connectToShadowDb: async () => {
      const shadowName = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      const admin = new pg.Client({ ...config, database: config.database });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${shadowName}"`);
      } finally {
        await admin.end();
      }
      const shadow = new PrismaPg({ ...config, database: shadowName });
      const adapter = patchAdapter(await shadow.connect());
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        const dropper = new pg.Client({ ...config });
        await dropper.connect();
        try {
          await dropper.query(`DROP DATABASE IF EXISTS "${shadowName}" WITH (FORCE)`);
        } finally {
          await dropper.end();
        }
      };
      return adapter;
    },
  };
}
