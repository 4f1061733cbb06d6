import type { TJsonObject, TJsonValue } from "../types.ts";

const ui = (displayName: string, description: string, required = true) => ({
  displayName,
  description,
  tooltip: description,
  constraints: { required: required ? "true" : "false" },
});

/** An apiProperties.json whose connection parameters match the definition's security definition. */
export function createApiProperties(definition: TJsonValue | undefined): TJsonObject {
  const defs = definition && typeof definition === "object" && !Array.isArray(definition) ? definition.securityDefinitions : undefined;
  const first = defs && typeof defs === "object" && !Array.isArray(defs) ? Object.values(defs)[0] : undefined;
  const scheme = first && typeof first === "object" && !Array.isArray(first) ? first : undefined;
  let connectionParameters: TJsonObject = {};
  if (scheme?.type === "apiKey")
    connectionParameters = { api_key: { type: "securestring", uiDefinition: ui("API Key", `The API key (sent as ${String(scheme.name)})`) } };
  else if (scheme?.type === "basic")
    connectionParameters = {
      username: { type: "securestring", uiDefinition: ui("Username", "The user name") },
      password: { type: "securestring", uiDefinition: ui("Password", "The password") },
    };
  else if (scheme?.type === "oauth2")
    connectionParameters = {
      token: {
        type: "oauthSetting",
        oAuthSettings: {
          identityProvider: "oauth2",
          clientId: "",
          scopes: Object.keys(scheme.scopes && typeof scheme.scopes === "object" && !Array.isArray(scheme.scopes) ? scheme.scopes : {}),
          redirectMode: "GlobalPerConnector",
          properties: { IsFirstParty: "False" },
          customParameters: {
            authorizationUrl: { value: String(scheme.authorizationUrl ?? "") },
            tokenUrl: { value: String(scheme.tokenUrl ?? "") },
            refreshUrl: { value: String(scheme.tokenUrl ?? "") },
          },
        },
      },
    };
  return { properties: { connectionParameters, iconBrandColor: "#007ee5", capabilities: [], policyTemplateInstances: [] } };
}
