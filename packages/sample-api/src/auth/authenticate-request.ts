import type { FastifyRequest } from "fastify";
import { AppError } from "../http/app-error.ts";
import { DEMO_API_KEY, DEMO_BASIC_USER } from "./demo-credentials.ts";
import { API_KEY_HEADER, type TSampleVariant } from "./sample-variants.ts";
import { secretsEqual } from "./secrets-equal.ts";
import type { TVerifyAccessToken } from "./verify-access-token.ts";

export type TCaller = { subject: string; scopes: string[] | "all" };

const BASIC_CHALLENGE = { "www-authenticate": `Basic realm="Sample Inventory", charset="UTF-8"` };
const BEARER_CHALLENGE = { "www-authenticate": `Bearer realm="Sample Inventory"` };

function authenticateApiKey(request: FastifyRequest): TCaller {
  const given = request.headers[API_KEY_HEADER];
  if (typeof given !== "string" || given.length === 0) {
    throw new AppError("unauthorized", "This endpoint needs an API key: send it in the X-API-Key header (the demo key is in the README).");
  }
  if (!secretsEqual(given, DEMO_API_KEY)) {
    throw new AppError("unauthorized", "The API key in the X-API-Key header is not valid; check it for typos or use the demo key from the README.");
  }
  return { subject: "api-key-client", scopes: "all" };
}

function authenticateBasic(request: FastifyRequest): TCaller {
  const header = request.headers.authorization;
  if (!header) {
    throw new AppError(
      "unauthorized",
      "This endpoint needs HTTP Basic credentials: send an Authorization header 'Basic base64(username:password)'.",
      BASIC_CHALLENGE,
    );
  }
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  const decoded = match?.[1] ? Buffer.from(match[1], "base64").toString("utf8") : "";
  const separator = decoded.indexOf(":");
  if (separator < 0) {
    throw new AppError(
      "unauthorized",
      "The Authorization header is not Basic credentials: send 'Basic ' followed by base64 of username:password.",
      BASIC_CHALLENGE,
    );
  }
  const username = decoded.slice(0, separator);
  const password = decoded.slice(separator + 1);
  // Both comparisons always run, so a wrong user name takes as long as a wrong password.
  const isUserOk = secretsEqual(username, DEMO_BASIC_USER.username);
  const isPasswordOk = secretsEqual(password, DEMO_BASIC_USER.password);
  if (!isUserOk || !isPasswordOk) {
    throw new AppError("unauthorized", "The user name or password is wrong; use the demo credentials from the README.", BASIC_CHALLENGE);
  }
  return { subject: username, scopes: "all" };
}

async function authenticateBearer(request: FastifyRequest, verifyAccessToken: TVerifyAccessToken): Promise<TCaller> {
  const header = request.headers.authorization;
  if (!header) {
    throw new AppError(
      "unauthorized",
      "This endpoint needs an OAuth 2.0 access token: send 'Authorization: Bearer <token>' (get one from /oauth2/token).",
      BEARER_CHALLENGE,
    );
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) {
    throw new AppError("unauthorized", "The Authorization header is not a bearer token: send 'Bearer ' followed by the access token.", BEARER_CHALLENGE);
  }
  const claims = await verifyAccessToken(match[1]);
  return { subject: claims.subject, scopes: claims.scopes };
}

export type TAuthenticateOptions = { variant: TSampleVariant; verifyAccessToken: TVerifyAccessToken };

export async function authenticateRequest(request: FastifyRequest, { variant, verifyAccessToken }: TAuthenticateOptions): Promise<TCaller> {
  if (variant === "api-key") return authenticateApiKey(request);
  if (variant === "basic") return authenticateBasic(request);
  return authenticateBearer(request, verifyAccessToken);
}

// Reading needs inventory.read; anything that changes data needs inventory.write.
export function requireScopeFor(caller: TCaller, method: string): void {
  if (caller.scopes === "all") return;
  const needed = method === "GET" || method === "HEAD" ? "inventory.read" : "inventory.write";
  if (!caller.scopes.includes(needed)) {
    throw new AppError("forbidden", `This access token lacks the '${needed}' scope; request a token with scope '${needed}'.`, {
      "www-authenticate": `Bearer realm="Sample Inventory", error="insufficient_scope", scope="${needed}"`,
    });
  }
}
