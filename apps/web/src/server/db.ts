import "server-only";
import { getDb } from "@connector-hub/db";
import { env } from "./env.ts";

/** The process-wide database client, after the configuration has been checked. */
export function db() {
  env();
  return getDb();
}
