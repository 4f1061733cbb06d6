import "server-only";
import { AppError } from "@connector-hub/db";
import { CONNECTION_KEY_BYTES } from "./connection-seal.ts";

// The key that seals saved MCP test connections: HUB_CONNECTION_KEY (or HUB_SECRET_KEY), 32 random bytes in base64 or
// base64url. `npm start` fills it from a key file it creates once in the data folder (connection-key, mode 0600), as
// it does the session secret. Read on first use, so a hub without one runs and only refuses to save or open.
let cached: Buffer | undefined;

export function connectionKey(): Buffer {
  if (cached) return cached;
  const text = process.env.HUB_CONNECTION_KEY ?? process.env.HUB_SECRET_KEY;
  if (!text)
    throw new AppError(
      "UNAVAILABLE",
      "This hub has no connection key, so it cannot save or open a test connection: set HUB_CONNECTION_KEY to 32 random bytes in base64 (`openssl rand -base64 32`), or start it with `npm start`, which makes one.",
    );
  const key = Buffer.from(text.trim(), "base64");
  if (key.length !== CONNECTION_KEY_BYTES)
    throw new AppError(
      "UNAVAILABLE",
      `HUB_CONNECTION_KEY must be ${CONNECTION_KEY_BYTES} bytes in base64 (got ${key.length} bytes); make one with \`openssl rand -base64 32\`.`,
    );
  cached = key;
  return key;
}
