import { joinPointer } from "../parse/json-pointer.ts";
import { text } from "../rules/rule-helpers.ts";
import type { TJsonObject, TJsonValue } from "../types.ts";
import type { SchemaIssue } from "./validate-swagger-schema.ts";

/**
 * The shape of apiProperties.json, reported under Microsoft's generic codes (JsonTypeIncorrect, JsonValueNotInEnum,
 * RequiredPropertyMissing, AdditionalPropertyNotAllowed), as paconn's schema (shared/reference/schemas) describes it.
 * All warnings: that schema is older than the platform, and 134 of the 1,011 published files fail it (certification.md,
 * section 8), so the keys published connectors use beyond it (scriptOperations, connectionParameterSets) are allowed
 * here and connection parameter types are compared without regard to case ("oAuthSetting" is accepted).
 */
const PROPERTIES_KEYS = new Set([
  "iconBrandColor",
  "publisher",
  "stackOwner",
  "capabilities",
  "connectionParameters",
  "policyTemplateInstances",
  "scriptOperations",
  "connectionParameterSets",
]);
const PARAMETER_TYPES = ["string", "securestring", "int", "bool", "gatewaySetting", "oauthSetting"];
const KNOWN_TYPES = new Set(PARAMETER_TYPES.map((t) => t.toLowerCase()));
const REDIRECT_MODES = ["global", "direct", "globalperconnector"];
/** A connection parameter's keys: paconn's schema, and those published files add (metadata, customParameters). */
const CONNECTION_PARAMETER_KEYS = new Set([
  "type",
  "uiDefinition",
  "oAuthSettings",
  "allowedValues",
  "metadata",
  "customParameters",
  "capability",
  "dependencies",
  "hidden",
  "required",
  "defaultValue",
  "clearText",
  "tabIndex",
  "properties",
]);

const kindOf = (v: TJsonValue | undefined) => (Array.isArray(v) ? "array" : v === null ? "null" : typeof v);
const isObject = (v: TJsonValue | undefined): v is TJsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

export function checkApiPropertiesShape(props: TJsonObject): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  const warn = (code: string, message: string, path: string) => out.push({ code, message, path, severity: "warning" });
  for (const key of Object.keys(props))
    if (key !== "properties" && key !== "$schema")
      warn(
        "AdditionalPropertyNotAllowed",
        `"${key}" is not allowed at the top of apiProperties.json, which holds only "properties". Move it into "properties" or remove it.`,
        joinPointer("", key),
      );
  const properties = props.properties;
  // No "properties" object at all is ApiPropertiesNotValid's to report.
  if (!isObject(properties)) return out;
  for (const key of Object.keys(properties))
    if (!PROPERTIES_KEYS.has(key))
      warn(
        "AdditionalPropertyNotAllowed",
        `"${key}" is not a property of apiProperties.json. Remove it, or fix its spelling (the keys are ${[...PROPERTIES_KEYS].join(", ")}).`,
        joinPointer("/properties", key),
      );
  if (properties.iconBrandColor === undefined)
    warn("RequiredPropertyMissing", `apiProperties.json must have "iconBrandColor", the connector's colour as "#rrggbb". Add it.`, "/properties");
  const expect = (key: string, type: "string" | "array" | "object", item?: "string") => {
    const value = properties[key];
    if (value === undefined) return;
    const kind = kindOf(value);
    if (kind !== type) {
      warn(
        "JsonTypeIncorrect",
        `"${key}" must be ${type === "array" ? "an array" : type === "object" ? "an object" : "a string"}, not ${kind}. Change its value.`,
        joinPointer("/properties", key),
      );
      return;
    }
    if (item && Array.isArray(value))
      value.forEach((v, i) => {
        if (typeof v !== item) warn("JsonTypeIncorrect", `Each entry of "${key}" must be a string, not ${kindOf(v)}.`, joinPointer("/properties", key, i));
      });
  };
  expect("iconBrandColor", "string");
  expect("publisher", "string");
  expect("stackOwner", "string");
  expect("capabilities", "array", "string");
  expect("connectionParameters", "object");
  expect("policyTemplateInstances", "array");
  const params = properties.connectionParameters;
  if (isObject(params))
    for (const name of Object.keys(params)) {
      const param = params[name];
      if (!isObject(param)) continue;
      const at = joinPointer("/properties/connectionParameters", name);
      for (const key of Object.keys(param))
        if (!CONNECTION_PARAMETER_KEYS.has(key))
          warn(
            "AdditionalPropertyNotAllowed",
            `Connection parameter "${name}" has "${key}", which a connection parameter does not take (it takes ${[...CONNECTION_PARAMETER_KEYS].slice(0, 4).join(", ")}...). Move it into "uiDefinition" if it is a label or hint, or remove it.`,
            joinPointer(at, key),
          );
      if (param.type === undefined)
        warn(
          "RequiredPropertyMissing",
          `Connection parameter "${name}" has no "type", so the connection dialog cannot show it. Add one of ${PARAMETER_TYPES.join(", ")} ("securestring" for a key or password).`,
          at,
        );
      else if (!KNOWN_TYPES.has(text(param.type).toLowerCase()))
        warn(
          "JsonValueNotInEnum",
          `Connection parameter "${name}" has type ${JSON.stringify(param.type)}. Use one of ${PARAMETER_TYPES.join(", ")}.`,
          joinPointer(at, "type"),
        );
      const oauth = param.oAuthSettings;
      const mode = isObject(oauth) ? oauth.redirectMode : undefined;
      if (mode !== undefined && !(typeof mode === "string" && REDIRECT_MODES.includes(mode.toLowerCase())))
        warn(
          "JsonValueNotInEnum",
          `redirectMode ${JSON.stringify(mode)} of connection parameter "${name}" is not valid. Use one of "Global", "GlobalPerConnector", "Direct".`,
          joinPointer(at, "oAuthSettings", "redirectMode"),
        );
    }
  const policies = properties.policyTemplateInstances;
  if (Array.isArray(policies))
    policies.forEach((entry, i) => {
      const at = joinPointer("/properties/policyTemplateInstances", i);
      if (!isObject(entry)) {
        warn("JsonTypeIncorrect", `Policy template ${i} must be an object with "templateId" and "parameters", not ${kindOf(entry)}.`, at);
        return;
      }
      if (entry.templateId === undefined)
        warn("RequiredPropertyMissing", `Policy template ${i} has no "templateId". Set it, for example "setheader" or "routerequesttoendpoint".`, at);
      else if (typeof entry.templateId !== "string")
        warn("JsonTypeIncorrect", `The "templateId" of policy template ${i} must be a string, not ${kindOf(entry.templateId)}.`, joinPointer(at, "templateId"));
      else if (entry.templateId.trim() === "")
        warn(
          "RequiredValueEmpty",
          `The "templateId" of policy template ${i} is empty. Set it, for example "setheader" or "routerequesttoendpoint".`,
          joinPointer(at, "templateId"),
        );
      if (entry.parameters !== undefined && !isObject(entry.parameters))
        warn(
          "JsonTypeIncorrect",
          `The "parameters" of policy template ${i} must be an object (each of the template's parameters by name, such as "x-ms-apimTemplateParameter.name"), not ${kindOf(entry.parameters)}.`,
          joinPointer(at, "parameters"),
        );
    });
  return out;
}
