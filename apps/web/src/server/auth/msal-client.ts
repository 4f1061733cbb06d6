import "server-only";
import { readFileSync } from "node:fs";
import { ConfidentialClientApplication, LogLevel, ProtocolMode, type Configuration } from "@azure/msal-node";
import { authEnv, type TAuthEnv } from "../env.ts";
import { logger } from "../logger.ts";
import { createTrustedNetworkClient } from "@connector-hub/db/trusted-network-client";

export interface SignInSettings {
  authority: string;
  tenantId: string;
  clientId: string;
  redirectUri: string;
  publicUrl: string;
  isEntra: boolean;
  caPem: string | undefined;
  sessionSecret: string;
  sessionHours: number;
}

const ENTRA_HOSTS = /(^|\.)login\.(microsoftonline\.(com|us)|partner\.microsoftonline\.cn|chinacloudapi\.cn)$/;

export function signInSettings(e: TAuthEnv = authEnv()): SignInSettings {
  const authority = (e.ENTRA_AUTHORITY ?? `https://login.microsoftonline.com/${e.ENTRA_TENANT_ID}`).replace(/\/+$/, "");
  const publicUrl = e.HUB_PUBLIC_URL.replace(/\/+$/, "");
  return {
    authority,
    tenantId: e.ENTRA_TENANT_ID,
    clientId: e.ENTRA_CLIENT_ID,
    redirectUri: e.ENTRA_REDIRECT_URI ?? `${publicUrl}/auth/callback`,
    publicUrl,
    isEntra: ENTRA_HOSTS.test(new URL(authority).hostname),
    caPem: e.HUB_OIDC_CA_FILE ? readFileSync(e.HUB_OIDC_CA_FILE, "utf8") : undefined,
    sessionSecret: e.HUB_SESSION_SECRET,
    sessionHours: e.HUB_SESSION_HOURS,
  };
}

let client: ConfidentialClientApplication | undefined;

/** The one msal-node client of this process (it caches the authority's metadata). */
export function msalClient(settings: SignInSettings = signInSettings()): ConfidentialClientApplication {
  if (client) return client;
  const e = authEnv();
  const config: Configuration = {
    auth: {
      clientId: settings.clientId,
      authority: settings.authority,
      ...(e.ENTRA_CLIENT_SECRET
        ? { clientSecret: e.ENTRA_CLIENT_SECRET }
        : {
            clientCertificate: {
              thumbprintSha256: e.ENTRA_CLIENT_CERTIFICATE_THUMBPRINT,
              privateKey: readFileSync(e.ENTRA_CLIENT_CERTIFICATE_KEY_FILE ?? "", "utf8"),
            },
          }),
      // A non-Microsoft authority (the local provider) must be declared, and spoken to as a plain OpenID provider.
      ...(settings.isEntra ? {} : { knownAuthorities: [new URL(settings.authority).host] }),
    },
    system: {
      ...(settings.isEntra ? {} : { protocolMode: ProtocolMode.OIDC }),
      ...(settings.caPem ? { networkClient: createTrustedNetworkClient(settings.caPem) } : {}),
      loggerOptions: {
        piiLoggingEnabled: false,
        logLevel: LogLevel.Error,
        loggerCallback: (level, message) => {
          if (level <= LogLevel.Error) logger.warn({ msal: message }, "msal");
        },
      },
    },
  };
  client = new ConfidentialClientApplication(config);
  return client;
}

/** What the hub asks for at sign-in: an ID token with the person's profile; it calls no API on their behalf. */
export const SIGN_IN_SCOPES = ["openid", "profile", "email"];
