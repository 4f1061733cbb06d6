import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { createServer, type Server } from "node:https";
import { ensureCertificate } from "@connector-hub/oidc-provider";
import { exportJWK, generateKeyPair, type CryptoKey as JoseKey } from "jose";
import Provider, { type Configuration } from "oidc-provider";

export interface StartTokenProviderOptions {
  /** 0 = any free port. */
  port: number;
  /** Folder for the provider's self-signed certificate (created once, reused). */
  certDir: string;
  clientId: string;
  clientSecret: string;
  /** Access-token lifetime, seconds (Entra's: 3599). */
  tokenSeconds?: number;
}

export interface RunningTokenProvider {
  /** The authority msal-node is given (https://127.0.0.1:<port>). */
  issuer: string;
  caPem: string;
  /** Verifies the stand-in APIs' bearer tokens. */
  publicKey: JoseKey;
  /** Token requests served (msal-node caches tokens: this stays low across a sync). */
  tokenRequests: () => number;
  close: () => Promise<void>;
}

/**
 * A real OpenID provider (the certified oidc-provider library) that issues client-credentials access tokens the
 * way Entra ID does for `<resource>/.default` scopes: a JWT whose `aud` is the resource, so the stand-in can refuse a
 * Flow token on the PowerApps host. msal-node speaks to it over HTTPS, trusting only its certificate.
 */
export async function startTokenProvider(options: StartTokenProviderOptions): Promise<RunningTokenProvider> {
  const certificate = ensureCertificate({ dir: options.certDir });
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: randomBytes(8).toString("hex"), use: "sig", alg: "RS256" };
  const resourceOf = (scope: unknown) =>
    String(scope ?? "")
      .split(" ")
      .find((s) => s.endsWith("/.default"))
      ?.replace(/\/\.default$/, "");
  const ttl = options.tokenSeconds ?? 3599;
  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        grant_types: ["client_credentials"],
        response_types: [],
        redirect_uris: [],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: (ctx) => resourceOf(ctx.oidc.params?.scope) ?? (undefined as unknown as string),
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => ({
          scope: `${resource}/.default`,
          audience: resource,
          accessTokenTTL: ttl,
          accessTokenFormat: "jwt",
          jwt: { sign: { alg: "RS256" } },
        }),
      },
    },
    ttl: { ClientCredentials: ttl },
  };
  let tokenRequests = 0;
  // The issuer names the port, known only once listening: the provider is attached after listen().
  const attached: { handler?: ReturnType<Provider["callback"]> } = {};
  const server: Server = createServer({ cert: certificate.cert, key: certificate.key }, (req, res) => {
    if (req.url?.startsWith("/token")) tokenRequests += 1;
    if (attached.handler) void attached.handler(req, res);
    else res.writeHead(503).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  const issuer = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  attached.handler = new Provider(issuer, configuration).callback();
  return {
    issuer,
    caPem: certificate.cert,
    publicKey,
    tokenRequests: () => tokenRequests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
