"use server";

import { AppError, API_TOKEN_SCOPES, createApiToken, revokeApiToken } from "@connector-hub/db";
import { ZodError } from "zod";
import { enforceRateLimit } from "@/server/auth/rate-limit.ts";
import { withAuthAction } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";
import { auditActorOf } from "@/server/audit-actor.ts";
import { formatZodIssues } from "@connector-hub/governance";

// The page re-reads the list when a result arrives (router.refresh in the forms), so actions only return data.
export type CreateTokenState = { error?: string; secret?: string; name?: string; revoked?: boolean } | null;

const toMessage = (error: unknown): string => {
  if (error instanceof AppError) return error.message;
  if (error instanceof ZodError) return formatZodIssues(error, { paths: false });
  throw error;
};

const createToken = withAuthAction(
  "tokens.create",
  async (viewer, form: FormData): Promise<CreateTokenState> => {
    try {
      enforceRateLimit({ key: `tokens:${viewer.userId}`, limit: 10, windowMs: 60 * 60_000 });
      const scopes = API_TOKEN_SCOPES.filter((s) => form.get(`scope:${s}`) === "on");
      const days = Number(form.get("expiresInDays") ?? 90);
      const token = await createApiToken(db(), {
        userId: viewer.userId,
        input: { name: String(form.get("name") ?? ""), scopes, expiresInDays: days },
        actorLabel: auditActorOf(viewer).label,
      });
      return { secret: token.secret, name: token.name };
    } catch (error) {
      return { error: toMessage(error) };
    }
  },
  { role: "maker" },
);

const revokeToken = withAuthAction("tokens.revoke", async (viewer, form: FormData): Promise<CreateTokenState> => {
  try {
    await revokeApiToken(db(), { userId: viewer.userId, tokenId: String(form.get("id") ?? ""), actorLabel: auditActorOf(viewer).label });
    return { revoked: true };
  } catch (error) {
    return { error: toMessage(error) };
  }
});

export async function createTokenAction(_state: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  return createToken(form);
}

export async function revokeTokenAction(_state: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  return revokeToken(form);
}
