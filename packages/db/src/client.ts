import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client.ts";
import { poolConfigFromUrl } from "./pg-config.ts";
import { HubConfigError } from "./errors.ts";

export type Db = PrismaClient;

/** A Prisma client on the pure-JS query path (driver adapter, no native engine), for the given database. */
export function createDb(url: string, options: { poolSize?: number } = {}): Db {
  const adapter = new PrismaPg(poolConfigFromUrl(url, { max: options.poolSize ?? 10 }));
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { hubDb?: { url: string; db: Db } };

/** The process-wide client for DATABASE_URL; one pool per process, also across Next.js hot reloads. */
export function getDb(): Db {
  const url = process.env.DATABASE_URL;
  if (!url) throw new HubConfigError("DATABASE_URL is not set: start the hub with `npm start`, which provides it.");
  if (globalForDb.hubDb?.url !== url) globalForDb.hubDb = { url, db: createDb(url) };
  return globalForDb.hubDb.db;
}
