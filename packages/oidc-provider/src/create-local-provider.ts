import { randomBytes } from "node:crypto";
import { exportJWK, generateKeyPair } from "jose";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import { buildPersonaClaims, findPersonaByOid } from "./persona-claims.ts";

export interface LocalClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
}

export interface CreateLocalProviderOptions {
  /** e.g. https://127.0.0.1:3443; the ID tokens' `iss`. */
  issuer: string;
  client: LocalClient;
}

// Entra's ID tokens carry these; msal-node and the hub read them from the ID token, not from userinfo.
const CLAIMS: Configuration["claims"] = {
  openid: ["sub", "oid", "tid", "roles", "groups"],
  profile: ["name", "preferred_username"],
  email: ["email"],
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A standards-conformant OpenID provider (oidc-provider) that signs in the seeded personas, so local runs and tests
 * go through the same authorization-code + PKCE flow as Entra ID. Consent is implied: the hub is a first-party app.
 */
export async function createLocalProvider(options: CreateLocalProviderOptions): Promise<Provider> {
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: randomBytes(8).toString("hex"), use: "sig", alg: "RS256" };
  const configuration: Configuration = {
    clients: [
      {
        client_id: options.client.clientId,
        client_secret: options.client.clientSecret,
        client_name: "Connector Hub",
        redirect_uris: options.client.redirectUris,
        post_logout_redirect_uris: options.client.postLogoutRedirectUris,
        response_types: ["code"],
        grant_types: ["authorization_code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    claims: CLAIMS,
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    scopes: ["openid", "profile", "email", "offline_access"],
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        // Sign-out from the hub ends this provider's session too, so the next sign-in can pick another persona.
        logoutSource: async (ctx: KoaContextWithOIDC, form: string) => {
          const withConfirm = form.replace("</form>", '<input type="hidden" name="logout" value="yes"/></form>');
          ctx.type = "html";
          ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Signing out</title></head><body>
${withConfirm}<button type="submit" form="op.logoutForm">Finish signing out</button>
<script>document.getElementById("op.logoutForm").submit()</script></body></html>`;
        },
      },
    },
    findAccount: async (_ctx, id) => {
      const persona = findPersonaByOid(id);
      if (!persona) return undefined;
      return { accountId: persona.oid, claims: async () => ({ ...buildPersonaClaims(persona), sub: persona.oid }) };
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    loadExistingGrant: async (ctx) => {
      const client = ctx.oidc.client;
      const session = ctx.oidc.session;
      if (!client || !session?.accountId) return undefined;
      const existing = session.grantIdFor(client.clientId);
      if (existing) {
        const grant = await ctx.oidc.provider.Grant.find(existing);
        if (grant) return grant;
      }
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope("openid profile email offline_access");
      grant.addOIDCClaims(["sub", "oid", "tid", "roles", "groups", "name", "preferred_username", "email"]);
      await grant.save();
      session.grantIdFor(client.clientId, grant.jti);
      return grant;
    },
    renderError: async (ctx, out) => {
      ctx.type = "html";
      const rows = Object.entries(out)
        .map(([k, v]) => `<p><strong>${escapeHtml(k)}</strong>: ${escapeHtml(String(v))}</p>`)
        .join("");
      ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign-in error</title></head><body><h1>Sign-in error</h1>${rows}<p><a href="${escapeHtml(options.client.postLogoutRedirectUris[0] ?? "/")}">Back to Connector Hub</a></p></body></html>`;
    },
    ttl: { Session: 8 * 3600, Interaction: 600, AuthorizationCode: 60, IdToken: 3600, AccessToken: 3600, Grant: 8 * 3600 },
  };
  const provider = new Provider(options.issuer, configuration);
  provider.proxy = false;
  return provider;
}
