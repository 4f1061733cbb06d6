import "server-only";
import { createTrustedNetworkClient } from "@connector-hub/db/trusted-network-client";
import type { SignInSettings } from "./msal-client.ts";

let cached: { authority: string; endpoint: string | null } | undefined;

/**
 * Where to send the browser so the provider ends its own session too (RP-initiated logout), read from the provider's
 * discovery document; null when it has none, and then only the hub's session ends.
 */
export async function endSessionUrl(settings: SignInSettings, postLogoutRedirectUri: string): Promise<string | null> {
  if (cached?.authority !== settings.authority) {
    const discovery = settings.isEntra
      ? `${settings.authority}/v2.0/.well-known/openid-configuration`
      : `${settings.authority}/.well-known/openid-configuration`;
    let endpoint: string | null = null;
    try {
      const response = settings.caPem
        ? await createTrustedNetworkClient(settings.caPem).sendGetRequestAsync<{ end_session_endpoint?: string }>(discovery)
        : await fetch(discovery, { signal: AbortSignal.timeout(10_000) }).then(async (r) => ({
            status: r.status,
            body: (await r.json()) as { end_session_endpoint?: string },
          }));
      if (response.status === 200 && typeof response.body.end_session_endpoint === "string") endpoint = response.body.end_session_endpoint;
    } catch {
      endpoint = null;
    }
    cached = { authority: settings.authority, endpoint };
  }
  if (!cached.endpoint) return null;
  const url = new URL(cached.endpoint);
  url.searchParams.set("client_id", settings.clientId);
  url.searchParams.set("post_logout_redirect_uri", postLogoutRedirectUri);
  return url.toString();
}
