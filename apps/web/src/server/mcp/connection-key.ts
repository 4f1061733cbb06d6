import "server-only";
import { AppError } from "@connector-hub/db";
import { CONNECTION_KEY_BYTES } from "./connection-seal.ts";

// The key that seals saved MCP test connections: HUB_CONNECTION_KEY (or HUB_SECRET_KEY), 32 random bytes in base64 or
// base64url. `npm start` fills it from a key file it creates once in the data folder (connection-key, mode 0600), as
// it does the session secret. Read on use, so a hub without one runs and only refuses to save or open.
// Rotation: set the new key as HUB_CONNECTION_KEY and the old one(s) in HUB_CONNECTION_KEY_PREVIOUS (comma-separated);
// a connection saved under an old key still opens and is sealed again under the new one the first time it is used.

function decodeKey(text: string, name: string): Buffer {
  const key = Buffer.from(text.trim(), "base64");
  if (key.length !== CONNECTION_KEY_BYTES)
    throw new AppError(
      "UNAVAILABLE",
      `${name} must be ${CONNECTION_KEY_BYTES} bytes in base64 (got ${key.length} bytes); make one with \`openssl rand -base64 32\`.`,
    );
  return key;
}

export function connectionKey(): Buffer {
  const text = process.env.HUB_CONNECTION_KEY ?? process.env.HUB_SECRET_KEY;
  if (!text)
    throw new AppError(
      "UNAVAILABLE",
      "This hub has no connection key, so it cannot save or open a test connection: set HUB_CONNECTION_KEY to 32 random bytes in base64 (`openssl rand -base64 32`), or start it with `npm start`, which makes one.",
    );
  return decodeKey(text, "HUB_CONNECTION_KEY");
}

/** The keys of before a rotation (HUB_CONNECTION_KEY_PREVIOUS), which open what they sealed but seal nothing new. */
export function previousConnectionKeys(): Buffer[] {
  const text = process.env.HUB_CONNECTION_KEY_PREVIOUS?.trim();
  if (!text) return [];
  return text
    .split(",")
    .filter((part) => part.trim() !== "")
    .map((part) => decodeKey(part, "Each key of HUB_CONNECTION_KEY_PREVIOUS"));
}
