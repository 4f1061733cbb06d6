import type { FastifyRequest } from "fastify";
import { DEMO_OAUTH_CLIENTS, OAUTH_SCOPES, PLATFORM_REDIRECT_URL, type TOAuthClient, type TScope } from "./demo-credentials.ts";
import { secretsEqual } from "./secrets-equal.ts";

// RFC 6749 error body: OAuth clients read `error`, people read `error_description`.
export class OAuthError extends Error {
  readonly error: string;
  readonly status: number;
  constructor(error: string, description: string, status = 400) {
    super(description);
    this.name = "OAuthError";
    this.error = error;
    this.status = status;
  }
}

export function findClient(clientId: string | undefined): TOAuthClient | undefined {
  return DEMO_OAUTH_CLIENTS.find((client) => client.clientId === clientId);
}

// The platform's consent redirect (with or without a per-connector suffix), and any loopback address (RFC 8252)
// so the hub's Test tab and local tools on any port can sign in.
export function isAllowedRedirectUri(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.hash) return false;
  if (value === PLATFORM_REDIRECT_URL || value.startsWith(`${PLATFORM_REDIRECT_URL}/`)) return true;
  return (url.protocol === "http:" || url.protocol === "https:") && ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
}

export function parseScopes(requested: string | undefined): TScope[] {
  const all = Object.keys(OAUTH_SCOPES) as TScope[];
  if (!requested?.trim()) return all;
  const scopes = requested.split(/\s+/).filter(Boolean);
  const unknown = scopes.filter((scope) => !(all as string[]).includes(scope));
  if (unknown.length > 0) {
    throw new OAuthError("invalid_scope", `Unknown scope ${unknown.join(", ")}; use ${all.join(" and/or ")}.`);
  }
  return all.filter((scope) => scopes.includes(scope));
}

type TClientCredentials = { clientId: string | undefined; clientSecret: string | undefined };

function credentialsFrom(request: FastifyRequest, body: Record<string, string | undefined>): TClientCredentials {
  const header = request.headers.authorization;
  const match = header ? /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header) : null;
  if (match?.[1]) {
    const decoded = Buffer.from(match[1], "base64").toString("utf8");
    const separator = decoded.indexOf(":");
    if (separator >= 0) {
      // RFC 6749 2.3.1 form-encodes both parts before base64.
      try {
        return {
          clientId: decodeURIComponent(decoded.slice(0, separator)),
          clientSecret: decodeURIComponent(decoded.slice(separator + 1)),
        };
      } catch {
        throw new OAuthError("invalid_client", "The Basic client credentials are not properly URL-encoded; encode client_id and client_secret.", 401);
      }
    }
  }
  return { clientId: body["client_id"], clientSecret: body["client_secret"] };
}

// Accepts client_secret_basic and client_secret_post; a public client sends only its id.
export function authenticateClient(request: FastifyRequest, body: Record<string, string | undefined>): TOAuthClient {
  const { clientId, clientSecret } = credentialsFrom(request, body);
  const client = findClient(clientId);
  if (!client) {
    throw new OAuthError("invalid_client", "Unknown client_id; use one of the demo clients listed in the README.", 401);
  }
  if (client.clientSecret === null) {
    if (clientSecret) throw new OAuthError("invalid_client", `Client ${client.clientId} is public; send no client_secret.`, 401);
    return client;
  }
  if (!clientSecret || !secretsEqual(clientSecret, client.clientSecret)) {
    throw new OAuthError("invalid_client", `The client secret for ${client.clientId} is missing or wrong; send the demo secret from the README.`, 401);
  }
  return client;
}
