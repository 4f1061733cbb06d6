import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../client.ts";

const LIFETIME_MS = 24 * 60 * 60 * 1000;

export function hashCallbackToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * A callback the hub hosts for one webhook subscription made from the Test tab. The returned token goes into the
 * callback URL and is the only way to post to it or read its events; the database keeps its hash only.
 */
export async function createTestCallback(db: Db, options: { connectorId: string; operationId: string; now?: Date }) {
  const token = randomBytes(24).toString("base64url");
  const now = options.now ?? new Date();
  const callback = await db.testCallback.create({
    data: {
      connectorId: options.connectorId,
      operationId: options.operationId,
      tokenHash: hashCallbackToken(token),
      expiresAt: new Date(now.getTime() + LIFETIME_MS),
    },
    select: { id: true, expiresAt: true },
  });
  return { ...callback, token };
}
