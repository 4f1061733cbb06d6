import { joinPointer } from "../parse/json-pointer.ts";
import type { Issue, TJsonObject } from "../types.ts";
import { asArray, asObject, asString, text } from "./rule-helpers.ts";
import { NONE, defineRule, type Rule } from "./rule-types.ts";

/** The platform reads connection parameter types without regard to case ("oAuthSetting" is accepted). */
const typeOf = (p: TJsonObject): string => text(p.type).toLowerCase();
const IDENTITY_PROVIDERS = [
  "aad",
  "aadcertificate",
  "oauth2",
  "oauth2generic",
  "facebook",
  "google",
  "github",
  "dropbox",
  "salesforce",
  "slack",
  "instagram",
  "linkedin",
  "linkedinv2",
  "microsoftaccount",
  "twitter",
  "yammer",
  "box",
  "docusign",
];
const POLICY_TEMPLATES = [
  "setheader",
  "setqueryparameter",
  "routerequesttoendpoint",
  "setproperty",
  "dynamichosturl",
  "updatenextlink",
  "pollingtrigger",
  "setvaluefromurl",
  "convertobjecttoarray",
  "convertarraytoobject",
  "stringreplace",
  "setconnectionstatustoerror",
  "setbodyproperty",
  "sethostname",
];

function connectionParameters(props: TJsonObject): [string, TJsonObject][] {
  const params = asObject(asObject(props.properties)?.connectionParameters);
  if (!params) return [];
  return Object.keys(params).flatMap((k) => {
    const v = asObject(params[k]);
    return v ? [[k, v] as [string, TJsonObject]] : [];
  });
}

function securityTypes(doc: TJsonObject): string[] {
  const defs = asObject(doc.securityDefinitions) ?? {};
  return Object.keys(defs).map((k) => text(asObject(defs[k])?.type));
}

const api = (rule: Omit<Parameters<typeof defineRule<"apiProperties">>[0], "node" | "group">): Rule =>
  defineRule({ ...rule, node: "apiProperties", group: "ApiProperties" });

export const API_PROPERTIES_RULES: Rule[] = [
  api({
    id: "ApiPropertiesNotValid",
    severity: "error",
    origin: "hub",
    description: "apiProperties.json has no 'properties' object.",
    check: ({ props }) =>
      asObject(props.properties)
        ? NONE
        : [
            {
              message: `apiProperties.json must hold {"properties": {"connectionParameters": {...}, "iconBrandColor": "#rrggbb", ...}}. Add the "properties" object.`,
              path: "",
            },
          ],
  }),
  api({
    id: "IdentityProviderNotValid",
    severity: "warning",
    origin: "hub",
    description: "An oauthSetting names an identity provider the platform does not offer.",
    check: ({ props }) =>
      connectionParameters(props).flatMap(([name, p]) => {
        const idp = asString(asObject(p.oAuthSettings)?.identityProvider);
        if (typeOf(p) !== "oauthsetting") return NONE;
        if (!idp)
          return [
            {
              message: `Connection parameter "${name}" is an oauthSetting without oAuthSettings.identityProvider. Set it, for example "oauth2" or "aad".`,
              path: joinPointer("/properties/connectionParameters", name),
            },
          ];
        return IDENTITY_PROVIDERS.includes(idp.toLowerCase())
          ? NONE
          : [
              {
                message: `Identity provider "${idp}" is not one the platform offers. Use "oauth2" for a generic OAuth 2.0 provider, or one of ${IDENTITY_PROVIDERS.slice(0, 6).join(", ")}.`,
                path: joinPointer("/properties/connectionParameters", name, "oAuthSettings", "identityProvider"),
              },
            ];
      }),
  }),
  api({
    id: "IconBrandColorNotValid",
    severity: "warning",
    origin: "hub",
    description: "iconBrandColor is not a #rrggbb colour.",
    check: ({ props }) => {
      const color = asObject(props.properties)?.iconBrandColor;
      return color === undefined || (typeof color === "string" && /^#[0-9a-fA-F]{6}$/.test(color))
        ? NONE
        : [
            {
              message: `iconBrandColor is ${JSON.stringify(color)}. Write it as a six-digit hex colour such as "#da3b01".`,
              path: "/properties/iconBrandColor",
            },
          ];
    },
  }),
  api({
    id: "PolicyTemplateNotValid",
    severity: "warning",
    origin: "hub",
    // A missing, empty or mistyped templateId is the apiProperties shape check's (RequiredPropertyMissing, RequiredValueEmpty).
    description: "A policy template instance names a templateId the platform does not know.",
    check: ({ props }) =>
      asArray(asObject(props.properties)?.policyTemplateInstances).flatMap((entry, i): readonly Issue[] => {
        const id = asString(asObject(entry)?.templateId);
        const at = joinPointer("/properties/policyTemplateInstances", i);
        if (!id || id.trim() === "") return NONE;
        return POLICY_TEMPLATES.includes(id.toLowerCase())
          ? NONE
          : [{ message: `Policy template "${id}" is not known. Use one of ${POLICY_TEMPLATES.join(", ")}.`, path: joinPointer(at, "templateId") }];
      }),
  }),
  api({
    id: "OAuthConnectionRequiresOAuth2Security",
    severity: "warning",
    origin: "hub",
    description: "An oauthSetting connection parameter without an oauth2 security definition in the definition.",
    check: ({ props, ctx }) => {
      const oauth = connectionParameters(props).find(([, p]) => typeOf(p) === "oauthsetting");
      return oauth && !securityTypes(ctx.doc).includes("oauth2")
        ? [
            {
              message: `Connection parameter "${oauth[0]}" signs in with OAuth 2.0 but the definition has no oauth2 security definition. Add one under "securityDefinitions" with "type": "oauth2", "flow": "accessCode".`,
              path: joinPointer("/properties/connectionParameters", oauth[0]),
            },
          ]
        : NONE;
    },
  }),
  api({
    id: "OAuth2SecurityRequiresOAuthConnection",
    severity: "warning",
    origin: "hub",
    description: "The definition declares oauth2 security but apiProperties has no oauthSetting connection parameter.",
    check: ({ props, ctx }) =>
      securityTypes(ctx.doc).includes("oauth2") &&
      !connectionParameters(props).some(([, p]) => typeOf(p) === "oauthsetting") &&
      asObject(asObject(props.properties)?.connectionParameterSets) === undefined
        ? [
            {
              message: `The definition uses OAuth 2.0 but apiProperties.json has no connection parameter of type "oauthSetting". Add one (usually named "token") with oAuthSettings for the identity provider.`,
              path: "/properties/connectionParameters",
            },
          ]
        : NONE,
  }),
  api({
    id: "ApiKeySecurityRequiresSecureString",
    severity: "warning",
    origin: "hub",
    description: "The definition declares an API key but apiProperties has no securestring connection parameter for it.",
    check: ({ props, ctx }) =>
      securityTypes(ctx.doc).includes("apiKey") &&
      !connectionParameters(props).some(([, p]) => typeOf(p) === "securestring") &&
      asObject(asObject(props.properties)?.connectionParameterSets) === undefined
        ? [
            {
              message: `The definition uses an API key but apiProperties.json has no "securestring" connection parameter to hold it. Add one (usually named "api_key").`,
              path: "/properties/connectionParameters",
            },
          ]
        : NONE,
  }),
];
