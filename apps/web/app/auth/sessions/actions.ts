"use server";

import { AppError, revokeSession, revokeUserSessions } from "@connector-hub/db";
import { withAuthAction } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";
import { auditActorOf } from "@/server/audit-actor.ts";

// The page re-reads the list when a result arrives (router.refresh in the button), so actions only return data.
export type EndSessionState = { error?: string; ended?: number } | null;

const toMessage = (error: unknown): string => {
  if (error instanceof AppError) return error.message;
  throw error;
};

const endSession = withAuthAction("sessions.revoke", async (viewer, form: FormData): Promise<EndSessionState> => {
  try {
    const result = await revokeSession(db(), { userId: viewer.userId, sessionId: String(form.get("id") ?? ""), actor: auditActorOf(viewer) });
    return { ended: result.revoked ? 1 : 0 };
  } catch (error) {
    return { error: toMessage(error) };
  }
});

const endPersonSessions = withAuthAction(
  "sessions.revoke-person",
  async (viewer, form: FormData): Promise<EndSessionState> => {
    try {
      const result = await revokeUserSessions(db(), { userId: String(form.get("id") ?? ""), actor: auditActorOf(viewer) });
      return { ended: result.revoked };
    } catch (error) {
      return { error: toMessage(error) };
    }
  },
  { role: "admin" },
);

/** Ends one of your own sessions (another browser, a lost laptop); its next request is signed out. */
export async function endSessionAction(_state: EndSessionState, form: FormData): Promise<EndSessionState> {
  return endSession(form);
}

/** Administrators: ends every open session of a person. */
export async function endPersonSessionsAction(_state: EndSessionState, form: FormData): Promise<EndSessionState> {
  return endPersonSessions(form);
}
