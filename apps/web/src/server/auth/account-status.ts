// Whether a signed-in person's account is still active. A session cookie lasts hours; someone deactivated in the
// meantime (they left, or an administrator turned their account off) must lose access within a short time, not at
// the cookie's expiry. Each instance asks the database at most once per person per ACCOUNT_CHECK_MS.
import { db } from "../db.ts";

const ACCOUNT_CHECK_MS = 30_000;
const MAX_ENTRIES = 10_000;
const checked = new Map<string, { at: number; active: boolean }>();

/** True while the user exists and is active; answers from memory for up to 30 s after the last look. */
export async function isAccountActive(userId: string, now = Date.now()): Promise<boolean> {
  const hit = checked.get(userId);
  if (hit && now - hit.at < ACCOUNT_CHECK_MS) return hit.active;
  const user = await db().user.findUnique({ where: { id: userId }, select: { isActive: true } });
  const active = user?.isActive === true;
  if (checked.size >= MAX_ENTRIES) checked.clear();
  checked.set(userId, { at: now, active });
  return active;
}
