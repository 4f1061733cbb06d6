import { HubConfigError } from "./errors.ts";
import { poolConfigFromUrl } from "./pg-config.ts";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded.ts";

/**
 * The database this process should use: the server named by DATABASE_URL, or else the embedded PostgreSQL
 * (started here, or reused when another process of the hub already runs it).
 */
export async function connectDatabase(log?: (line: string) => void): Promise<EmbeddedDatabase & { embedded: boolean }> {
  const configured = process.env.DATABASE_URL?.trim();
  if (configured) {
    try {
      poolConfigFromUrl(configured);
    } catch (error) {
      throw new HubConfigError((error as Error).message, 2);
    }
    return { url: configured, isOwner: false, embedded: false, stop: async () => {} };
  }
  const embedded = await startEmbeddedDatabase({ log });
  return { ...embedded, embedded: true };
}
