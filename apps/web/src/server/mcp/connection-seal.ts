// Sealing the test connection an MCP connector's editors save (issue 24): AES-256-GCM with node:crypto, a random
// 12-byte IV per seal, the 16-byte tag checked on open, and the connector's id as additional authenticated data, so a
// sealed value copied onto another connector's row does not open. Pure (the key is passed in): no environment, no
// database, so it is tested on its own; `connection-key.ts` reads the key, the data layer only ever sees ciphertext.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

const IV_BYTES = 12;
const TAG_BYTES = 16;
export const CONNECTION_KEY_BYTES = 32;

export interface SealedConnection {
  /** base64url(iv || ciphertext || tag). */
  sealed: string;
  /** Names the key that sealed it (first 8 hex digits of its SHA-256); not secret. */
  keyId: string;
}

/** Raised when a sealed value does not open: tampered, sealed for another connector, or under another key. */
export class ConnectionSealError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConnectionSealError";
  }
}

export function connectionKeyId(key: Buffer): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 8);
}

function checkKey(key: Buffer) {
  if (key.length !== CONNECTION_KEY_BYTES) throw new ConnectionSealError(`The connection key must be ${CONNECTION_KEY_BYTES} bytes (got ${key.length}).`);
}

/** Seals `values` (any JSON) for the connector `aad`. */
export function sealConnection(values: unknown, options: { key: Buffer; aad: string }): SealedConnection {
  checkKey(options.key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", options.key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(options.aad, "utf8"));
  const body = Buffer.concat([cipher.update(JSON.stringify(values), "utf8"), cipher.final()]);
  return { sealed: Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url"), keyId: connectionKeyId(options.key) };
}

/** Opens what sealConnection sealed for the same connector under the same key; throws ConnectionSealError otherwise. */
export function openConnection(sealed: string, options: { key: Buffer; aad: string }): unknown {
  checkKey(options.key);
  const raw = Buffer.from(sealed, "base64url");
  if (raw.length < IV_BYTES + TAG_BYTES) throw new ConnectionSealError("The saved test connection is damaged (too short).");
  const iv = raw.subarray(0, IV_BYTES);
  const tag = raw.subarray(raw.length - TAG_BYTES);
  const body = raw.subarray(IV_BYTES, raw.length - TAG_BYTES);
  let text: string;
  try {
    const decipher = createDecipheriv("aes-256-gcm", options.key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(options.aad, "utf8"));
    decipher.setAuthTag(tag);
    text = Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
  } catch {
    // GCM says only "unable to authenticate": the row was changed, belongs to another connector, or the key differs.
    throw new ConnectionSealError("The saved test connection does not open with this hub's connection key for this connector.");
  }
  return JSON.parse(text) as unknown;
}
