import "server-only";
import { z } from "zod";
import { sealCookie, unsealCookie } from "./sealed-cookie.ts";

export const SESSION_COOKIE = "hub_session";
export const SIGN_IN_COOKIE = "hub_sign_in";

/**
 * What the session cookie carries: the random id of a Session row (sealed, so it is also tamper-evident) and the
 * tenant. Who the person is, their roles and groups, and whether the session still stands are read from the database
 * on every request (packages/db findSessionUser), so signing out or being signed out by an administrator takes effect
 * at the next request.
 */
export const ZSessionClaims = z.object({
  sid: z.string().regex(/^[\w-]{43}$/),
  tid: z.string().min(1),
});
export type TSessionClaims = z.infer<typeof ZSessionClaims>;

export const ZSignInFlow = z.object({
  state: z.string().min(16),
  nonce: z.string().min(16),
  verifier: z.string().min(43),
  returnTo: z.string(),
});
export type TSignInFlow = z.infer<typeof ZSignInFlow>;

export function sealSession(claims: TSessionClaims, options: { secret: string; hours: number; now?: Date }) {
  return sealCookie(claims, { secret: options.secret, purpose: "session", ttlSeconds: options.hours * 3600, now: options.now });
}

export type SessionResult = { ok: true; claims: TSessionClaims } | { ok: false; reason: "expired" | "tampered" | "wrong-tenant" };

/** Reads the session cookie; a cookie from another tenant (e.g. after the hub was re-pointed) counts as no session. */
export async function openSession(value: string, options: { secret: string; tenantId: string; now?: Date }): Promise<SessionResult> {
  const result = await unsealCookie(value, { secret: options.secret, purpose: "session", now: options.now });
  if (!result.ok) return result;
  const parsed = ZSessionClaims.safeParse(result.payload);
  if (!parsed.success) return { ok: false, reason: "tampered" };
  if (parsed.data.tid !== options.tenantId) return { ok: false, reason: "wrong-tenant" };
  return { ok: true, claims: parsed.data };
}

export function sealSignInFlow(flow: TSignInFlow, options: { secret: string }) {
  return sealCookie(flow, { secret: options.secret, purpose: "sign-in", ttlSeconds: 600 });
}

export async function openSignInFlow(value: string, options: { secret: string }): Promise<TSignInFlow | null> {
  const result = await unsealCookie(value, { secret: options.secret, purpose: "sign-in" });
  if (!result.ok) return null;
  const parsed = ZSignInFlow.safeParse(result.payload);
  return parsed.success ? parsed.data : null;
}

/** Cookie attributes: httpOnly and SameSite=Lax always (Lax so the provider's redirect back carries the flow cookie). */
export function cookieOptions(publicUrl: string, maxAgeSeconds: number, path = "/") {
  return { httpOnly: true, sameSite: "lax" as const, secure: publicUrl.startsWith("https://"), path, maxAge: maxAgeSeconds };
}
