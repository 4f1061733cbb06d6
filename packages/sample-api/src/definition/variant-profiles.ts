import { API_KEY_HEADER_NAME, type TSampleVariant } from "../auth/sample-variants.ts";
import type { TJson } from "./schema-builders.ts";

export type TVariantProfile = {
  title: string;
  summary: string;
  securityName: string;
  /** Scopes an OAuth requirement names; other schemes take an empty list. */
  requiredScopes: string[];
  securityDefinition: (publicUrl: string) => TJson;
};

// Titles avoid the words the certification rules reserve (API, connector) and end with a letter.
export const VARIANT_PROFILES: Record<TSampleVariant, TVariantProfile> = {
  "api-key": {
    title: "Sample Inventory Key Auth",
    summary: "Signs in with a key sent in the X-API-Key header.",
    securityName: "api_key",
    requiredScopes: [],
    securityDefinition: () => ({ type: "apiKey", in: "header", name: API_KEY_HEADER_NAME }),
  },
  basic: {
    title: "Sample Inventory Basic Auth",
    summary: "Signs in with a user name and password (HTTP Basic).",
    securityName: "basic_auth",
    requiredScopes: [],
    securityDefinition: () => ({ type: "basic" }),
  },
  oauth2: {
    title: "Sample Inventory OAuth",
    summary: "Signs in with OAuth 2.0 (authorization code with PKCE).",
    securityName: "oauth2_auth",
    requiredScopes: ["inventory.read", "inventory.write"],
    securityDefinition: (publicUrl) => ({
      type: "oauth2",
      flow: "accessCode",
      authorizationUrl: `${publicUrl}/oauth2/authorize`,
      tokenUrl: `${publicUrl}/oauth2/token`,
      scopes: {
        "inventory.read": "Read products, stock levels and orders",
        "inventory.write": "Change products, stock levels, orders and webhooks",
      },
    }),
  },
};
