import { createHash, randomBytes } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { exportJWK } from "jose";
import { DEMO_USER_ID, type TOAuthClient, type TScope } from "./demo-credentials.ts";
import { authenticateClient, findClient, isAllowedRedirectUri, OAuthError, parseScopes } from "./oauth-clients.ts";
import { LOCAL_ISSUER, type TLocalTokenAuthority } from "./verify-access-token.ts";

const CODE_LIFETIME_MS = 60_000;
const ACCESS_TOKEN_LIFETIME_S = 3600;
const PKCE_VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

type TAuthorizationCode = {
  clientId: string;
  redirectUri: string;
  codeChallenge: string | null;
  scopes: TScope[];
  expiresAt: number;
};
type TRefreshGrant = { clientId: string; subject: string; scopes: TScope[] };

export type TOAuthRoutesOptions = { authority: TLocalTokenAuthority; now: () => Date; publicUrlOf: (request: FastifyRequest) => string };

function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

function stringFields(value: unknown): Record<string, string | undefined> {
  if (!value || typeof value !== "object") return {};
  const fields: Record<string, string | undefined> = {};
  for (const [key, field] of Object.entries(value)) if (typeof field === "string") fields[key] = field;
  return fields;
}

function sendOAuthError(reply: FastifyReply, error: OAuthError): FastifyReply {
  if (error.status === 401) reply.header("www-authenticate", `Basic realm="Sample Inventory OAuth"`);
  return reply.code(error.status).header("cache-control", "no-store").send({ error: error.error, error_description: error.message });
}

export function registerOAuthRoutes(app: FastifyInstance, { authority, now, publicUrlOf }: TOAuthRoutesOptions): void {
  const codes = new Map<string, TAuthorizationCode>();
  const refreshGrants = new Map<string, TRefreshGrant>();

  async function issueTokens(client: TOAuthClient, subject: string, scopes: TScope[], withRefresh: boolean) {
    const accessToken = await authority.issueAccessToken({ subject, clientId: client.clientId, scopes }, ACCESS_TOKEN_LIFETIME_S);
    const body: Record<string, string | number> = {
      access_token: accessToken,
      token_type: "Bearer",
      expires_in: ACCESS_TOKEN_LIFETIME_S,
      scope: scopes.join(" "),
    };
    if (withRefresh && client.grantTypes.includes("refresh_token")) {
      const refreshToken = randomToken();
      refreshGrants.set(refreshToken, { clientId: client.clientId, subject, scopes });
      body["refresh_token"] = refreshToken;
    }
    return body;
  }

  // GET /oauth2/authorize: the demo signs in a fixed demo user and approves at once (no login page to click through).
  app.get("/oauth2/authorize", async (request, reply) => {
    const query = stringFields(request.query);
    const client = findClient(query["client_id"]);
    const redirectUri = query["redirect_uri"] ?? "";
    if (!client) {
      return reply.code(400).send({ error: { code: "bad_request", message: "Unknown client_id; use a demo client id from the README." } });
    }
    if (!isAllowedRedirectUri(redirectUri)) {
      return reply.code(400).send({
        error: { code: "bad_request", message: "redirect_uri must be the platform's consent redirect or a loopback URL (http://127.0.0.1:<port>/...)." },
      });
    }
    const target = new URL(redirectUri);
    if (query["state"]) target.searchParams.set("state", query["state"]);
    try {
      if (query["response_type"] !== "code") throw new OAuthError("unsupported_response_type", "Set response_type=code.");
      if (!client.grantTypes.includes("authorization_code")) {
        throw new OAuthError("unauthorized_client", `Client ${client.clientId} may only use client_credentials.`);
      }
      const challenge = query["code_challenge"] ?? null;
      if (challenge !== null && query["code_challenge_method"] !== "S256") {
        throw new OAuthError("invalid_request", "Only code_challenge_method=S256 is supported for PKCE.");
      }
      if (challenge === null && client.clientSecret === null) {
        throw new OAuthError("invalid_request", "Public clients must use PKCE: send code_challenge and code_challenge_method=S256.");
      }
      const scopes = parseScopes(query["scope"]);
      // Codes nobody exchanged would otherwise pile up in memory.
      for (const [stale, grant] of codes) if (grant.expiresAt < now().getTime()) codes.delete(stale);
      const code = randomToken();
      codes.set(code, { clientId: client.clientId, redirectUri, codeChallenge: challenge, scopes, expiresAt: now().getTime() + CODE_LIFETIME_MS });
      target.searchParams.set("code", code);
    } catch (error) {
      if (!(error instanceof OAuthError)) throw error;
      target.searchParams.set("error", error.error);
      target.searchParams.set("error_description", error.message);
    }
    return reply.redirect(target.toString(), 302);
  });

  // POST /oauth2/token: client_credentials, authorization_code (with PKCE) and refresh_token grants.
  app.post("/oauth2/token", async (request, reply) => {
    const body = stringFields(request.body);
    try {
      const client = authenticateClient(request, body);
      const grantType = body["grant_type"];
      if (grantType !== "client_credentials" && grantType !== "authorization_code" && grantType !== "refresh_token") {
        throw new OAuthError("unsupported_grant_type", "Set grant_type to client_credentials, authorization_code or refresh_token.");
      }
      if (!client.grantTypes.includes(grantType)) {
        throw new OAuthError("unauthorized_client", `Client ${client.clientId} may not use the ${grantType} grant.`);
      }
      let tokens: Record<string, string | number>;
      if (grantType === "client_credentials") {
        tokens = await issueTokens(client, client.clientId, parseScopes(body["scope"]), false);
      } else if (grantType === "authorization_code") {
        const code = body["code"] ?? "";
        const grant = codes.get(code);
        codes.delete(code);
        if (!grant || grant.clientId !== client.clientId || grant.expiresAt < now().getTime()) {
          throw new OAuthError("invalid_grant", "The authorization code is unknown, used, expired or for another client; start the sign-in again.");
        }
        if (body["redirect_uri"] !== grant.redirectUri) {
          throw new OAuthError("invalid_grant", "redirect_uri must be the same as in the authorization request.");
        }
        if (grant.codeChallenge !== null) {
          const verifier = body["code_verifier"] ?? "";
          if (!PKCE_VERIFIER.test(verifier)) {
            throw new OAuthError("invalid_request", "Send code_verifier: 43 to 128 characters of letters, digits and -._~.");
          }
          if (createHash("sha256").update(verifier).digest("base64url") !== grant.codeChallenge) {
            throw new OAuthError("invalid_grant", "code_verifier does not match the code_challenge of the authorization request.");
          }
        }
        tokens = await issueTokens(client, DEMO_USER_ID, grant.scopes, true);
      } else {
        const refreshToken = body["refresh_token"] ?? "";
        const grant = refreshGrants.get(refreshToken);
        if (!grant || grant.clientId !== client.clientId) {
          throw new OAuthError("invalid_grant", "The refresh token is unknown, already used or for another client; sign in again.");
        }
        // Rotation: a refresh token works once, so a stolen copy is useless after the next refresh.
        refreshGrants.delete(refreshToken);
        tokens = await issueTokens(client, grant.subject, grant.scopes, true);
      }
      return reply.header("cache-control", "no-store").send(tokens);
    } catch (error) {
      if (error instanceof OAuthError) return sendOAuthError(reply, error);
      throw error;
    }
  });

  app.get("/oauth2/jwks.json", async () => ({ keys: [{ ...(await exportJWK(authority.publicKey)), kid: "sample-api-1", alg: "ES256", use: "sig" }] }));

  app.get("/.well-known/oauth-authorization-server", async (request) => {
    const base = publicUrlOf(request);
    return {
      issuer: LOCAL_ISSUER,
      authorization_endpoint: `${base}/oauth2/authorize`,
      token_endpoint: `${base}/oauth2/token`,
      jwks_uri: `${base}/oauth2/jwks.json`,
      grant_types_supported: ["authorization_code", "client_credentials", "refresh_token"],
      response_types_supported: ["code"],
      code_challenge_methods_supported: ["S256"],
      token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post", "none"],
      scopes_supported: ["inventory.read", "inventory.write"],
    };
  });
}
