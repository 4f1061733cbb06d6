// Fixed demo values, printed in the README on purpose: this API holds sample data only.
// They are still treated as secrets in code (never logged, compared in constant time) to set the example.
export const DEMO_API_KEY = "demo-api-key-7f3c9a";
export const DEMO_BASIC_USER = { username: "demo", password: "demo-password-4b1e" } as const;

export type TOAuthClient = {
  clientId: string;
  // null marks a public client (a browser or the hub's Test tab) that must prove itself with PKCE instead.
  clientSecret: string | null;
  grantTypes: readonly ("authorization_code" | "client_credentials" | "refresh_token")[];
};

export const DEMO_OAUTH_CLIENTS: readonly TOAuthClient[] = [
  {
    clientId: "sample-connector",
    clientSecret: "sample-connector-demo-secret",
    grantTypes: ["authorization_code", "refresh_token", "client_credentials"],
  },
  { clientId: "sample-service", clientSecret: "sample-service-demo-secret", grantTypes: ["client_credentials"] },
  { clientId: "sample-public", clientSecret: null, grantTypes: ["authorization_code", "refresh_token"] },
];

export const OAUTH_SCOPES = {
  "inventory.read": "Read products, stock levels and orders",
  "inventory.write": "Create, change and delete products, stock levels, orders and webhooks",
} as const;
export type TScope = keyof typeof OAUTH_SCOPES;

export const PLATFORM_REDIRECT_URL = "https://global.consent.azure-apim.net/redirect";
export const DEMO_USER_ID = "demo-user";

/**
 * The values the hub's Test tab fills in for a sample connector, so a newcomer can send a request at once. Only the
 * samples get them: they are this API's published demo values, not anyone's secret.
 */
export function demoConnectionValues(authType: string): Record<string, string> {
  if (authType === "API_KEY") return { apiKey: DEMO_API_KEY };
  if (authType === "BASIC") return { ...DEMO_BASIC_USER };
  const client = DEMO_OAUTH_CLIENTS.find((c) => c.clientId === "sample-service");
  if (authType === "OAUTH2" && client?.clientSecret) return { clientId: client.clientId, clientSecret: client.clientSecret };
  return {};
}
