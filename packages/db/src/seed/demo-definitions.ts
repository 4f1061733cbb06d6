// Definitions of the demo tenant's own connectors (made up for Connector Hub, not copies of published ones),
// built from a compact description so each stays small and valid.

import { BASIC_SECURITY, ENTRA_ID_OAUTH2_SECURITY, apiKeySecurity, hubSwaggerDocument, pathTemplateParameters } from "@connector-hub/definitions";

export interface DemoOperation {
  id: string;
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  summary: string;
  trigger?: "webhook" | "polling";
}

export interface DemoConnectorSpec {
  title: string;
  description: string;
  host: string;
  basePath: string;
  scheme: "https" | "http";
  auth: "none" | "apiKey" | "basic" | "aad" | "windows";
  brandColor: string;
  publisher: string;
  operations: DemoOperation[];
}

function parametersFor(op: DemoOperation): unknown[] {
  const pathParams = pathTemplateParameters(op.path, (name) => `The ${name} of the item.`);
  if (op.trigger === "webhook") {
    return [
      {
        name: "body",
        in: "body",
        required: true,
        schema: {
          type: "object",
          required: ["callbackUrl"],
          properties: {
            callbackUrl: { type: "string", "x-ms-notification-url": true, "x-ms-visibility": "internal", description: "Callback URL" },
          },
        },
      },
    ];
  }
  if (op.method === "post" || op.method === "put" || op.method === "patch") {
    return [
      ...pathParams,
      {
        name: "body",
        in: "body",
        required: true,
        schema: { type: "object", properties: { name: { type: "string", description: "Name", "x-ms-summary": "Name" } } },
      },
    ];
  }
  return pathParams;
}

export function buildDemoDefinition(spec: DemoConnectorSpec): { swagger: Record<string, unknown>; apiProperties: Record<string, unknown> } {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of spec.operations) {
    const item = (paths[op.path] ??= {});
    const response =
      op.trigger === "webhook"
        ? { "201": { description: "Subscribed", headers: { Location: { type: "string", description: "Subscription URL" } } } }
        : { "200": { description: "OK", schema: { type: "object", properties: { id: { type: "string", description: "Id" } } } } };
    item[op.method] = {
      operationId: op.id,
      summary: op.summary,
      description: `${op.summary}.`,
      parameters: parametersFor(op),
      responses: op.trigger === "polling" ? { ...response, "202": { description: "Nothing new yet" } } : response,
      ...(op.trigger ? { "x-ms-trigger": op.trigger === "polling" ? "batch" : "single" } : {}),
      ...(op.trigger === "webhook" ? { "x-ms-notification-content": { description: "Event", schema: { type: "object" } } } : {}),
    };
  }
  const securityDefinitions: Record<string, unknown> = {
    none: {},
    apiKey: apiKeySecurity("X-API-Key"),
    basic: BASIC_SECURITY,
    aad: ENTRA_ID_OAUTH2_SECURITY,
    windows: {},
  }[spec.auth] as Record<string, unknown>;
  const swagger = hubSwaggerDocument({
    info: { title: spec.title, description: spec.description, version: "1.0", contact: { name: spec.publisher } },
    host: spec.host,
    basePath: spec.basePath,
    schemes: [spec.scheme],
    paths,
    securityDefinitions,
  });
  const connectionParameters: Record<string, unknown> = {
    none: {},
    apiKey: {
      api_key: {
        type: "securestring",
        uiDefinition: { displayName: "API key", description: "Your API key", tooltip: "Your API key", constraints: { required: "true" } },
      },
    },
    basic: {
      username: {
        type: "securestring",
        uiDefinition: { displayName: "User name", description: "User name", tooltip: "User name", constraints: { required: "true" } },
      },
      password: {
        type: "securestring",
        uiDefinition: { displayName: "Password", description: "Password", tooltip: "Password", constraints: { required: "true" } },
      },
    },
    aad: {
      token: {
        type: "oauthSetting",
        oAuthSettings: {
          identityProvider: "aad",
          clientId: "00000000-0000-0000-0000-000000000000",
          scopes: [],
          redirectMode: "Global",
          redirectUrl: "https://global.consent.azure-apim.net/redirect",
          properties: { IsFirstParty: "False", AzureActiveDirectoryResourceId: `https://${spec.host}` },
          customParameters: {
            loginUri: { value: "https://login.microsoftonline.com" },
            tenantId: { value: "common" },
            resourceUri: { value: `https://${spec.host}` },
          },
        },
      },
    },
    windows: {
      gateway: {
        type: "gatewaySetting",
        gatewaySettings: { dataSource: ["ERP"] },
        uiDefinition: { displayName: "Gateway", description: "On-premises data gateway", constraints: { required: "true" } },
      },
      authType: {
        type: "string",
        allowedValues: [{ value: "windows" }],
        uiDefinition: {
          displayName: "Authentication type",
          description: "Windows",
          constraints: { required: "true", allowedValues: [{ text: "Windows", value: "windows" }] },
        },
      },
      username: { type: "securestring", uiDefinition: { displayName: "Domain\\user", description: "Windows user", constraints: { required: "true" } } },
      password: { type: "securestring", uiDefinition: { displayName: "Password", description: "Windows password", constraints: { required: "true" } } },
    },
  }[spec.auth] as Record<string, unknown>;
  const apiProperties = {
    properties: {
      connectionParameters,
      iconBrandColor: spec.brandColor,
      capabilities: spec.auth === "windows" ? ["gateway"] : [],
      publisher: spec.publisher,
      stackOwner: spec.publisher,
    },
  };
  return { swagger, apiProperties };
}
