import { randomBytes } from "node:crypto";
import { z } from "zod";
import { AppError } from "../app-error.ts";
import type { Db } from "../client.ts";
import { API_TOKEN_PREFIX, ZApiTokenScope } from "./api-token-scopes.ts";
import { hashApiToken } from "./hash-api-token.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { formatActorLabel } from "../audit/format-actor-label.ts";

export const ZCreateApiTokenInput = z.object({
  name: z
    .string({ error: "Give the token a name (what uses it, e.g. 'invoices repo CI')." })
    .trim()
    .min(1, "Give the token a name.")
    .max(80, "Keep the name under 80 characters."),
  scopes: z.array(ZApiTokenScope).min(1, "Choose at least one scope (validate, connectors:read, connectors:write)."),
  expiresInDays: z
    .number({ error: "expiresInDays must be a number of days (1 to 365)." })
    .int()
    .min(1, "A token lives at least 1 day.")
    .max(365, "A token lives at most 365 days; create a new one when it expires.")
    .default(90),
});
export type TCreateApiTokenInput = z.input<typeof ZCreateApiTokenInput>;

const MAX_ACTIVE_TOKENS = 20;

/** Creates a personal token, audited in the same transaction; the returned secret is the only time anyone sees it. */
export async function createApiToken(
  db: Db,
  options: { userId: string; input: TCreateApiTokenInput; actorLabel?: string; requestId?: string | null; now?: Date },
) {
  const input = ZCreateApiTokenInput.parse(options.input);
  const now = options.now ?? new Date();
  const secret = API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const token = await db.$transaction(async (tx) => {
    // The person's row is locked first, so two concurrent creations cannot both pass the count below.
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE id = ${options.userId} FOR UPDATE`;
    const active = await tx.apiToken.count({ where: { userId: options.userId, revokedAt: null, expiresAt: { gt: now } } });
    if (active >= MAX_ACTIVE_TOKENS) throw new AppError("CONFLICT", `You already have ${MAX_ACTIVE_TOKENS} active tokens; revoke one you no longer use first.`);
    const created = await tx.apiToken.create({
      data: {
        userId: options.userId,
        name: input.name,
        prefix: secret.slice(0, API_TOKEN_PREFIX.length + 6),
        tokenHash: hashApiToken(secret),
        scopes: [...new Set(input.scopes)],
        expiresAt: new Date(now.getTime() + input.expiresInDays * 86_400_000),
      },
      select: { id: true, name: true, prefix: true, scopes: true, expiresAt: true, createdAt: true, user: { select: { upn: true, displayName: true } } },
    });
    await recordAuditEvent(tx, {
      actor: { id: options.userId, label: options.actorLabel ?? formatActorLabel(created.user) },
      action: "api_token.created",
      entityType: "ApiToken",
      entityId: created.id,
      after: { name: created.name, prefix: created.prefix, scopes: created.scopes, expiresAt: created.expiresAt },
      requestId: options.requestId,
    });
    return created;
  });
  const { user: _user, ...summary } = token;
  return { ...summary, secret };
}
