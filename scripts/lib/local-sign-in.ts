// Sign-in for `npm start` and the browser tests (issue 6). With ENTRA_TENANT_ID set, the web app signs in through
// Microsoft Entra ID and nothing starts here. Without it, the local OpenID provider starts in this process on
// HUB_OIDC_PORT over HTTPS (certificate generated once under <data>/oidc), and the web app gets the settings that
// point msal-node at it: the same code path as production, with seeded personas to pick from.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { HubConfigError, resolveDataRoot } from "@connector-hub/db/node";
import { LOCAL_TENANT_ID } from "@connector-hub/db/seed";
import { startLocalProvider } from "@connector-hub/oidc-provider";
import { isPortFree } from "./processes.ts";

export interface LocalSignIn {
  /** Variables to add to the web app's environment. */
  env: Record<string, string>;
  /** Where people sign in, for the start banner; null when Entra ID is configured. */
  issuer: string | null;
  close: () => Promise<void>;
}

/** A secret kept in a file (mode 0600), made once; shared with `npm start`, which runs the provider as its own process. */
export function readOrCreateSecret(file: string): string {
  if (existsSync(file)) {
    const existing = readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export async function startLocalSignIn(options: {
  webPort: number;
  defaultOidcPort: number;
  persistSessionSecret: boolean;
  publicHost?: string;
}): Promise<LocalSignIn> {
  const dataRoot = resolveDataRoot();
  const publicUrl = (process.env.HUB_PUBLIC_URL ?? `http://${options.publicHost ?? "localhost"}:${options.webPort}`).replace(/\/+$/, "");
  // Sessions survive a restart of `npm start` (the secret is kept beside the database); tests get a fresh one.
  const sessionSecret =
    process.env.HUB_SESSION_SECRET ??
    (options.persistSessionSecret ? readOrCreateSecret(path.join(dataRoot, "session-secret")) : randomBytes(32).toString("base64url"));
  // The key that seals saved MCP test connections: kept in the data folder with the session secret, fresh for tests.
  const connectionKey =
    process.env.HUB_CONNECTION_KEY ??
    (options.persistSessionSecret ? readOrCreateSecret(path.join(dataRoot, "connection-key")) : randomBytes(32).toString("base64url"));
  const base = { HUB_PUBLIC_URL: publicUrl, HUB_SESSION_SECRET: sessionSecret, HUB_CONNECTION_KEY: connectionKey };
  if (process.env.ENTRA_TENANT_ID) return { env: base, issuer: null, close: async () => {} };

  const raw = process.env.HUB_OIDC_PORT;
  const port = raw ? Number(raw) : options.defaultOidcPort;
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new HubConfigError(`HUB_OIDC_PORT must be a port number (got "${raw}").`, 2);
  if (!(await isPortFree(port, "127.0.0.1"))) {
    throw new HubConfigError(`Port ${port} (local sign-in provider) is in use by another program. Stop it, or choose another: HUB_OIDC_PORT=${port + 1}.`, 1);
  }
  const clientId = "connector-hub-local";
  const clientSecret = randomBytes(32).toString("base64url");
  let provider;
  try {
    provider = await startLocalProvider({
      port,
      certDir: path.join(dataRoot, "oidc"),
      client: { clientId, clientSecret, redirectUris: [`${publicUrl}/auth/callback`], postLogoutRedirectUris: [`${publicUrl}/`] },
    });
  } catch (error) {
    throw new HubConfigError(error instanceof Error ? error.message : String(error), 1);
  }
  return {
    issuer: provider.issuer,
    close: provider.close,
    env: {
      ...base,
      ENTRA_TENANT_ID: LOCAL_TENANT_ID,
      ENTRA_CLIENT_ID: clientId,
      ENTRA_CLIENT_SECRET: clientSecret,
      ENTRA_AUTHORITY: provider.issuer,
      ENTRA_REDIRECT_URI: `${publicUrl}/auth/callback`,
      HUB_OIDC_CA_FILE: provider.caPath,
    },
  };
}
