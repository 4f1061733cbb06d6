// GET /api/v1/tokens: your personal API tokens (never their secrets). POST /api/v1/tokens: create one; the secret is
// in this answer only, so copy it into your CI's secret store.
import { createApiToken, listApiTokens, ZCreateApiTokenInput } from "@connector-hub/db";
import { z } from "zod";
import { clientKey, enforceRateLimit } from "@/server/auth/rate-limit.ts";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";
import { readJsonBody } from "@/server/read-json-body.ts";
import { auditActorOf } from "@/server/audit-actor.ts";

export const dynamic = "force-dynamic";

const ZTokenSummary = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.string()),
  expiresAt: z.date(),
  lastUsedAt: z.date().nullable().optional(),
  revokedAt: z.date().nullable().optional(),
  createdAt: z.date(),
});

export const GET = withAuth("tokens.list", async (_request, { viewer }) => {
  const tokens = await listApiTokens(db(), viewer.userId);
  return Response.json({ tokens: tokens.map((t) => ZTokenSummary.parse(t)) }, { headers: { "cache-control": "no-store" } });
});

// Sessions only (no scope): a leaked token must not be able to mint more tokens.
export const POST = withAuth(
  "tokens.create",
  async (request, { viewer, requestId }) => {
    enforceRateLimit({ key: `tokens:${viewer.userId}:${clientKey(request.headers)}`, limit: 10, windowMs: 60 * 60_000 });
    const input = await readJsonBody(request, ZCreateApiTokenInput, {
      what: 'the token, like {"name": "invoices CI", "scopes": ["validate"], "expiresInDays": 90}',
    });
    const token = await createApiToken(db(), { userId: viewer.userId, input, actorLabel: auditActorOf(viewer).label, requestId });
    return Response.json(
      {
        token: { ...ZTokenSummary.parse(token), secret: token.secret },
        message: "Copy the secret now: it is shown only once. Send it as 'Authorization: Bearer <secret>'.",
      },
      { status: 201, headers: { "cache-control": "no-store", location: `/api/v1/tokens/${token.id}` } },
    );
  },
  { role: "maker" },
);
