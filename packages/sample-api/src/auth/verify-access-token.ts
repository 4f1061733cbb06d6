import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload } from "jose";
import { AppError } from "../http/app-error.ts";

export type TAccessTokenClaims = { subject: string; clientId: string; scopes: string[] };

// The one seam for bearer tokens: swap it to trust another issuer (e.g. the hub's local OpenID provider).
export type TVerifyAccessToken = (token: string) => Promise<TAccessTokenClaims>;

export const LOCAL_ISSUER = "urn:connector-hub:sample-api";
export const LOCAL_AUDIENCE = "urn:connector-hub:sample-api:inventory";

function invalidToken(reason: string): AppError {
  return new AppError("unauthorized", `The bearer token was refused (${reason}); get a new access token from the token endpoint.`, {
    "www-authenticate": `Bearer realm="Sample Inventory", error="invalid_token"`,
  });
}

function claimsFrom(payload: JWTPayload): TAccessTokenClaims {
  const scope = typeof payload["scope"] === "string" ? payload["scope"] : "";
  const azp = typeof payload["azp"] === "string" ? payload["azp"] : "";
  const clientId = typeof payload["client_id"] === "string" ? payload["client_id"] : azp;
  return { subject: payload.sub ?? clientId, clientId, scopes: scope.split(" ").filter(Boolean) };
}

async function verifyWith(run: () => Promise<{ payload: JWTPayload }>): Promise<TAccessTokenClaims> {
  try {
    const { payload } = await run();
    return claimsFrom(payload);
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    throw invalidToken(code === "ERR_JWT_EXPIRED" ? "it has expired" : "it is not a token this API issued or trusts");
  }
}

export type TLocalTokenAuthority = {
  publicKey: KeyObject;
  issueAccessToken: (claims: TAccessTokenClaims, lifetimeSeconds: number) => Promise<string>;
  verifyAccessToken: TVerifyAccessToken;
};

// A fresh key per server start: tokens do not outlive the in-memory data they give access to.
export function createLocalTokenAuthority(): TLocalTokenAuthority {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  return {
    publicKey,
    issueAccessToken: (claims, lifetimeSeconds) =>
      new SignJWT({ scope: claims.scopes.join(" "), client_id: claims.clientId })
        .setProtectedHeader({ alg: "ES256", kid: "sample-api-1" })
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE)
        .setSubject(claims.subject)
        .setIssuedAt()
        .setExpirationTime(`${lifetimeSeconds}s`)
        .sign(privateKey),
    verifyAccessToken: (token) => verifyWith(() => jwtVerify(token, publicKey, { issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE, algorithms: ["ES256"] })),
  };
}

export type TRemoteVerifierOptions = { jwksUrl: string; issuer: string; audience: string };

export function createRemoteTokenVerifier({ jwksUrl, issuer, audience }: TRemoteVerifierOptions): TVerifyAccessToken {
  const keys = createRemoteJWKSet(new URL(jwksUrl));
  return (token) => verifyWith(() => jwtVerify(token, keys, { issuer, audience }));
}
