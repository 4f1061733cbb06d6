import { ConfidentialClientApplication, LogLevel, ProtocolMode, type Configuration } from "@azure/msal-node";
import { createTrustedNetworkClient } from "@connector-hub/db/trusted-network-client";

export interface TokenSourceOptions {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** Default https://login.microsoftonline.com/<tenant>; a non-Microsoft URL is treated as a plain OpenID provider. */
  authority?: string;
  /** PEM of an extra CA to trust for the authority (the local stand-in's provider). */
  caPem?: string;
}

export interface TokenSource {
  /** A bearer token for `scope` (e.g. https://service.powerapps.com/.default); `fresh` skips msal's cache (after a 401). */
  getToken(scope: string, options?: { fresh?: boolean }): Promise<string>;
}

const ENTRA_HOSTS = /(^|\.)login\.(microsoftonline\.(com|us)|partner\.microsoftonline\.cn|chinacloudapi\.cn)$/;

/**
 * Client-credentials tokens through @azure/msal-node, the same library and code path the hub's sign-in uses: the
 * app registration described in packages/inventory/README.md, or the local provider the tests start.
 */
export function createTokenSource(options: TokenSourceOptions): TokenSource {
  const authority = (options.authority ?? `https://login.microsoftonline.com/${options.tenantId}`).replace(/\/+$/, "");
  const isEntra = ENTRA_HOSTS.test(new URL(authority).hostname);
  const config: Configuration = {
    auth: {
      clientId: options.clientId,
      authority,
      clientSecret: options.clientSecret,
      ...(isEntra ? {} : { knownAuthorities: [new URL(authority).host] }),
    },
    system: {
      ...(isEntra ? {} : { protocolMode: ProtocolMode.OIDC }),
      ...(options.caPem ? { networkClient: createTrustedNetworkClient(options.caPem, "The token endpoint") } : {}),
      loggerOptions: { piiLoggingEnabled: false, logLevel: LogLevel.Error, loggerCallback: () => undefined },
    },
  };
  const client = new ConfidentialClientApplication(config);
  // msal-node caches tokens too, but its cache lookup per request is measurable over 200,000 requests: keep the
  // last token per scope until five minutes before it expires (msal's own refresh margin). A 401 asks afresh.
  const held = new Map<string, { token: string; until: number }>();
  // Calls that start together (the sync's concurrent requests, before the first token is in) share one request.
  const pending = new Map<string, Promise<string>>();
  const acquire = async (scope: string, fresh: boolean): Promise<string> => {
    let result;
    try {
      result = await client.acquireTokenByClientCredential({ scopes: [scope], skipCache: fresh });
    } catch (error) {
      // msal's messages name the authority and the error code, never the secret.
      const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
      throw new Error(
        `Could not get a token for ${scope} from ${authority}: ${detail}. Check HUB_SYNC_TENANT_ID, HUB_SYNC_CLIENT_ID and HUB_SYNC_CLIENT_SECRET, and that the app is registered with Power Platform (packages/inventory/README.md).`,
      );
    }
    if (!result?.accessToken) throw new Error(`${authority} answered without an access token for ${scope}.`);
    held.set(scope, { token: result.accessToken, until: (result.expiresOn?.getTime() ?? Date.now()) - 300_000 });
    return result.accessToken;
  };
  return {
    getToken(scope, { fresh = false } = {}) {
      const kept = held.get(scope);
      if (!fresh && kept && kept.until > Date.now()) return Promise.resolve(kept.token);
      const key = `${fresh ? "fresh" : "cached"} ${scope}`;
      const running = pending.get(key);
      if (running) return running;
      const request = acquire(scope, fresh).finally(() => pending.delete(key));
      pending.set(key, request);
      return request;
    },
  };
}
