import { createHash } from "node:crypto";

/** The stored form of a token secret (hex SHA-256); the secret itself is shown once and never stored. */
export function hashApiToken(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}
