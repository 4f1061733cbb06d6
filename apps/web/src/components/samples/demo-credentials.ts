// The sample API's demo values, shown on the Samples page. They are sample data, published on purpose (see
// packages/sample-api/README.md); a test keeps this copy equal to the sample API's own constants.
export const SAMPLE_DEMO_CREDENTIALS = {
  API_KEY: [{ label: "API key (X-API-Key header)", value: "demo-api-key-7f3c9a" }],
  BASIC: [
    { label: "User name", value: "demo" },
    { label: "Password", value: "demo-password-4b1e" },
  ],
  OAUTH2: [
    { label: "Client id (client credentials)", value: "sample-service" },
    { label: "Client secret", value: "sample-service-demo-secret" },
    { label: "Client id (authorization code, as the platform signs in)", value: "sample-connector" },
    { label: "Client secret", value: "sample-connector-demo-secret" },
  ],
} as const satisfies Record<string, readonly { label: string; value: string }[]>;

export const SAMPLE_VARIANT_NOTES: Record<string, string> = {
  NONE: "No sign-in: the MCP sample, whose tools an agent gets from the server at /mcp. Its page lists them after a discovery, with what Copilot Studio makes of each.",
  API_KEY: "The simplest kind: every request carries a key in the X-API-Key header. The connection asks for the key once.",
  BASIC: "HTTP Basic: a user name and password, sent base64-encoded in the Authorization header of every request.",
  OAUTH2: "OAuth 2.0: the platform signs in through the authorization endpoint and sends a bearer token; scopes inventory.read and inventory.write.",
};

/** What the Test tab fills in for each sample (the same published values), so a newcomer can send a request at once. */
export const SAMPLE_TEST_CONNECTION: Record<string, Record<string, string>> = {
  API_KEY: { apiKey: "demo-api-key-7f3c9a" },
  BASIC: { username: "demo", password: "demo-password-4b1e" },
  OAUTH2: { clientId: "sample-service", clientSecret: "sample-service-demo-secret" },
};
