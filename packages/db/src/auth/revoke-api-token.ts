import { AppError } from "../app-error.ts";
import type { Db } from "../client.ts";

/** Revokes one of the person's own tokens; later requests with it get 401. Revoking twice is harmless. */
export async function revokeApiToken(db: Db, options: { userId: string; tokenId: string; now?: Date }) {
  const token = await db.apiToken.findUnique({ where: { id: options.tokenId }, select: { id: true, userId: true, revokedAt: true } });
  // Someone else's token looks exactly like a missing one, so ids cannot be probed.
  if (!token || token.userId !== options.userId) throw new AppError("NOT_FOUND", "No such token among yours; list them with GET /api/v1/tokens.");
  if (token.revokedAt) return { id: token.id, revokedAt: token.revokedAt };
  return db.apiToken.update({ where: { id: token.id }, data: { revokedAt: options.now ?? new Date() }, select: { id: true, revokedAt: true } });
}
