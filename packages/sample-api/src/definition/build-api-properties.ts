import { DEMO_OAUTH_CLIENTS, PLATFORM_REDIRECT_URL } from "../auth/demo-credentials.ts";
import type { TSampleVariant } from "../auth/sample-variants.ts";
import type { TJson } from "./schema-builders.ts";

export type TBuildApiPropertiesOptions = { variant: TSampleVariant; publicUrl: string };

function connectionParameters(variant: TSampleVariant, base: string): TJson {
  if (variant === "api-key") {
    return {
      api_key: {
        type: "securestring",
        uiDefinition: {
          displayName: "API key",
          description: "The key sent in the X-API-Key header",
          tooltip: "Use the demo key from the README of the sample",
          constraints: { tabIndex: 2, clearText: false, required: "true" },
        },
      },
    };
  }
  if (variant === "basic") {
    return {
      username: {
        type: "string",
        uiDefinition: {
          displayName: "User name",
          description: "The user name to sign in with",
          tooltip: "Use the demo user from the README of the sample",
          constraints: { tabIndex: 2, clearText: true, required: "true" },
        },
      },
      password: {
        type: "securestring",
        uiDefinition: {
          displayName: "Password",
          description: "The password of that user",
          tooltip: "Use the demo password from the README of the sample",
          constraints: { tabIndex: 3, clearText: false, required: "true" },
        },
      },
    };
  }
  const client = DEMO_OAUTH_CLIENTS[0];
  return {
    token: {
      type: "oauthSetting",
      oAuthSettings: {
        identityProvider: "oauth2",
        clientId: client?.clientId ?? "sample-connector",
        scopes: ["inventory.read", "inventory.write"],
        redirectMode: "Global",
        redirectUrl: PLATFORM_REDIRECT_URL,
        properties: { IsFirstParty: "False", IsOnbehalfofLoginSupported: false },
        customParameters: {
          authorizationUrl: { value: `${base}/oauth2/authorize` },
          tokenUrl: { value: `${base}/oauth2/token` },
          refreshUrl: { value: `${base}/oauth2/token` },
        },
      },
    },
  };
}

export function buildApiProperties({ variant, publicUrl }: TBuildApiPropertiesOptions): TJson {
  const url = new URL(publicUrl);
  const base = `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
  return {
    properties: {
      connectionParameters: connectionParameters(variant, base),
      iconBrandColor: "#1f6f8b",
      capabilities: [],
      publisher: "Connector Hub",
      stackOwner: "Connector Hub",
    },
  };
}
