import type { PoolConfig } from "pg";
import { HubConfigError } from "./errors.ts";

/**
 * Turns a postgresql:// URL into discrete pool fields. adapter-pg derives the shadow database's connection as
 * `{ ...config, database }`, which a `connectionString` would silently override, so we never pass one.
 */
export function poolConfigFromUrl(url: string, extra: PoolConfig = {}): PoolConfig {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new HubConfigError(`DATABASE_URL is not a valid URL. Use the form postgresql://user:password@host:5432/database.`);
  }
  if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") {
    throw new HubConfigError(`DATABASE_URL must start with postgresql:// (got ${parsed.protocol}//).`);
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
  if (!database) throw new HubConfigError("DATABASE_URL names no database: add /<database> after the host and port.");
  const socketHost = parsed.searchParams.get("host");
  const sslmode = parsed.searchParams.get("sslmode");
  return {
    host: socketHost ?? (decodeURIComponent(parsed.hostname) || "127.0.0.1"),
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username) || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    database,
    ssl: sslmode && sslmode !== "disable" ? { rejectUnauthorized: sslmode === "verify-full" } : undefined,
    ...extra,
  };
}

/** The same URL with the database name swapped, for creating and dropping scratch databases. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** A URL safe to print: the password is replaced. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable URL)";
  }
}
