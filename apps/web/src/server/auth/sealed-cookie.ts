import "server-only";
import { createHash } from "node:crypto";
import { EncryptJWT, jwtDecrypt, errors } from "jose";

// Cookies are JWE (dir + A256GCM): encrypted and tamper-evident, so the browser can neither read nor change them.
const keyCache = new Map<string, Uint8Array>();
function keyFor(secret: string, purpose: string): Uint8Array {
  const id = `${purpose}:${secret}`;
  let key = keyCache.get(id);
  if (!key) {
    // A distinct key per purpose: a sign-in flow cookie can never be replayed as a session cookie.
    key = new Uint8Array(createHash("sha256").update(`connector-hub/${purpose}/`).update(secret).digest());
    keyCache.set(id, key);
  }
  return key;
}

export async function sealCookie(
  payload: Record<string, unknown>,
  options: { secret: string; purpose: string; ttlSeconds: number; now?: Date },
): Promise<string> {
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  return new EncryptJWT(payload)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt(now)
    .setExpirationTime(now + options.ttlSeconds)
    .encrypt(keyFor(options.secret, options.purpose));
}

export type UnsealResult = { ok: true; payload: Record<string, unknown> } | { ok: false; reason: "expired" | "tampered" };

/** Opens a sealed cookie; anything altered, forged with another key or past its expiry is refused with a reason. */
export async function unsealCookie(value: string, options: { secret: string; purpose: string; now?: Date }): Promise<UnsealResult> {
  try {
    const { payload } = await jwtDecrypt(value, keyFor(options.secret, options.purpose), {
      currentDate: options.now,
      keyManagementAlgorithms: ["dir"],
      contentEncryptionAlgorithms: ["A256GCM"],
    });
    return { ok: true, payload };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, reason: "expired" };
    return { ok: false, reason: "tampered" };
  }
}
