/**
 * The security definitions the maker portal writes when a maker picks an authentication type, for definitions the
 * hub writes itself (the connector form, the demo seed, the hub's own API definition). Microsoft Entra ID ("Azure
 * Active Directory" in the portal) is an OAuth 2.0 access-code flow whose URLs the portal fills in; the identity
 * provider and resource URL are chosen in the connection's properties (apiProperties), not here.
 */
export const ENTRA_ID_OAUTH2_SECURITY = {
  oauth2_auth: {
    type: "oauth2",
    flow: "accessCode",
    authorizationUrl: "https://login.microsoftonline.com/common/oauth2/authorize",
    tokenUrl: "https://login.windows.net/common/oauth2/authorize",
    scopes: {},
  },
} as const;

/** HTTP basic authentication as the portal writes it. */
export const BASIC_SECURITY = { basic_auth: { type: "basic" } } as const;

/** An API key sent in a header, as the portal writes it. */
export function apiKeySecurity(headerName: string) {
  return { api_key: { type: "apiKey", in: "header", name: headerName } } as const;
}
