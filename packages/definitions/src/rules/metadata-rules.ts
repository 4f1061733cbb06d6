import { joinPointer } from "../parse/json-pointer.ts";
import type { Issue } from "../types.ts";
import { asArray, asObject, asString, text } from "./rule-helpers.ts";
import { NONE, defineRule, type Rule } from "./rule-types.ts";

export const CONNECTOR_CATEGORIES = [
  "AI",
  "Business Management",
  "Business Intelligence",
  "Collaboration",
  "Commerce",
  "Communication",
  "Content and Files",
  "Finance",
  "Data",
  "Human Resources",
  "Internet of Things",
  "IT Operations",
  "Lifestyle and Entertainment",
  "Marketing",
  "Productivity",
  "Sales and CRM",
  "Security",
  "Social Media",
  "Website",
];
const RESTRICTED_TITLE_WORDS = ["api", "connector", "copilot studio", "power apps", "power automate", "power platform", "logic apps", "flow", "microsoft"];
const PRODUCT_NAMES = ["copilot studio", "power apps", "power automate", "power platform", "logic apps", "power virtual agents"];
const MAX_TITLE_LENGTH = 30;
const DESCRIPTION_RANGE = [30, 500] as const;

const metadata = <R extends Rule>(rule: R): R => ({ ...rule, isCertificationOnly: true });

function connectorMetadata(doc: Record<string, unknown>): Map<string, { value: unknown; index: number }> {
  const out = new Map<string, { value: unknown; index: number }>();
  asArray(doc["x-ms-connector-metadata"] as never).forEach((entry, index) => {
    const e = asObject(entry);
    const name = asString(e?.propertyName);
    if (name) out.set(name.toLowerCase(), { value: e?.propertyValue, index });
  });
  return out;
}

export const METADATA_RULES: Rule[] = [
  metadata(
    defineRule({
      id: "FieldLengthExceeded",
      severity: "error",
      group: "Metadata",
      origin: "microsoft",
      description: `info.title longer than ${MAX_TITLE_LENGTH} characters (certification).`,
      node: "document",
      check: ({ ctx }) => {
        const title = asString(asObject(ctx.doc.info)?.title);
        return title && title.length > MAX_TITLE_LENGTH
          ? [
              {
                message: `The title "${title}" is ${title.length} characters long; certified connectors allow at most ${MAX_TITLE_LENGTH}. Shorten it.`,
                path: "/info/title",
              },
            ]
          : NONE;
      },
    }),
  ),
  metadata(
    defineRule({
      id: "FieldLengthNotInRange",
      severity: "error",
      group: "Metadata",
      origin: "microsoft",
      description: `info.description shorter than ${DESCRIPTION_RANGE[0]} or longer than ${DESCRIPTION_RANGE[1]} characters (certification).`,
      node: "document",
      check: ({ ctx }) => {
        const description = asString(asObject(ctx.doc.info)?.description) ?? "";
        return description.length < DESCRIPTION_RANGE[0] || description.length > DESCRIPTION_RANGE[1]
          ? [
              {
                message: `The description is ${description.length} characters long; certified connectors need ${DESCRIPTION_RANGE[0]} to ${DESCRIPTION_RANGE[1]}. Describe what the service does in that length.`,
                path: "/info/description",
              },
            ]
          : NONE;
      },
    }),
  ),
  metadata(
    defineRule({
      id: "ValueContainsRestrictedWords",
      severity: "error",
      group: "Metadata",
      origin: "microsoft",
      description:
        "info.title contains a restricted word such as API, Connector or a Power Platform product name; info.description names a Power Platform product (a warning) (certification).",
      node: "document",
      check: ({ ctx }) => {
        const info = asObject(ctx.doc.info);
        const title = asString(info?.title) ?? "";
        const found = RESTRICTED_TITLE_WORDS.find((w) => new RegExp(`\\b${w}\\b`, "i").test(title));
        const out: Issue[] = found
          ? [
              {
                message: `The title "${title}" contains "${found}", which certified titles may not contain. Use the service's name alone.`,
                path: "/info/title",
              },
            ]
          : [];
        // "No Power Platform product names" in the description either (certification.md): the product a reader uses
        // it from is not part of what the service does. A warning: the review asks for it, the validator's list is not published.
        const description = asString(info?.description) ?? "";
        const product = PRODUCT_NAMES.map((w) => new RegExp(`\\b${w}\\b`, "i").exec(description)?.[0]).find((m) => m !== undefined);
        if (product)
          out.push({
            message: `The description names "${product}", and certified descriptions may not name Power Platform products. Describe what the service does instead.`,
            path: "/info/description",
            severity: "warning",
          });
        return out.length === 0 ? NONE : out;
      },
    }),
  ),
  metadata(
    defineRule({
      id: "ValueMustEndWithAlphanumeric",
      severity: "error",
      group: "Metadata",
      origin: "microsoft",
      description: "info.title ends with a character that is not a letter or digit (certification).",
      node: "document",
      check: ({ ctx }) => {
        const title = asString(asObject(ctx.doc.info)?.title) ?? "";
        return title && !/[\p{L}\p{N})]$/u.test(title)
          ? [{ message: `The title "${title}" must end with a letter or digit. Remove the trailing "${title.slice(-1)}".`, path: "/info/title" }]
          : NONE;
      },
    }),
  ),
  metadata(
    defineRule({
      id: "ConnectorMetadataPropertiesMissing",
      severity: "error",
      group: "Metadata",
      origin: "microsoft",
      description: "x-ms-connector-metadata lacks Website, Privacy policy or Categories (certification).",
      node: "document",
      check: ({ ctx }) => {
        const meta = connectorMetadata(ctx.doc);
        const missing = ["Website", "Privacy policy", "Categories"].filter((n) => !meta.has(n.toLowerCase()));
        return missing.length > 0
          ? [
              {
                message: `x-ms-connector-metadata lacks ${missing.map((m) => `"${m}"`).join(", ")}. Add {"propertyName": "${missing[0]}", "propertyValue": "..."} for each.`,
                path: ctx.doc["x-ms-connector-metadata"] ? "/x-ms-connector-metadata" : "",
              },
            ]
          : NONE;
      },
    }),
  ),
  metadata(
    defineRule({
      id: "InvalidConnectorCategory",
      severity: "error",
      group: "Metadata",
      origin: "microsoft",
      description: "A category in x-ms-connector-metadata is not one of the platform's categories (certification).",
      node: "document",
      check: ({ ctx }) => {
        const entry = connectorMetadata(ctx.doc).get("categories");
        if (!entry) return NONE;
        const known = new Set(CONNECTOR_CATEGORIES.map((c) => c.toLowerCase()));
        return text(entry.value)
          .split(";")
          .map((c) => c.trim())
          .filter((c) => c !== "" && !known.has(c.toLowerCase()))
          .map((c) => ({
            message: `Category "${c}" is not a connector category. Use one or two of: ${CONNECTOR_CATEGORIES.join(", ")}.`,
            path: joinPointer("/x-ms-connector-metadata", entry.index, "propertyValue"),
          }));
      },
    }),
  ),
  metadata(
    defineRule({
      id: "TooManyConnectorCategories",
      severity: "error",
      group: "Metadata",
      origin: "microsoft",
      description: "More than two categories (certification).",
      node: "document",
      check: ({ ctx }) => {
        const entry = connectorMetadata(ctx.doc).get("categories");
        const count = entry
          ? text(entry.value)
              .split(";")
              .filter((c) => c.trim() !== "").length
          : 0;
        return entry && count > 2
          ? [
              {
                message: `${count} categories are listed; choose at most two, separated by ';'.`,
                path: joinPointer("/x-ms-connector-metadata", entry.index, "propertyValue"),
              },
            ]
          : NONE;
      },
    }),
  ),
  metadata(
    defineRule({
      id: "HostNotProduction",
      severity: "error",
      group: "Metadata",
      origin: "hub",
      description: "host is a local, test or tunnel address (localhost, an IP, ngrok, example.com) (certification).",
      node: "document",
      check: ({ ctx }) => {
        const host = asString(ctx.doc.host) ?? "";
        return /^(localhost|127\.|10\.|192\.168\.|\d+\.\d+\.\d+\.\d+)|ngrok|example\.(com|org|net)|\.local(:|$)/i.test(host)
          ? [{ message: `host "${host}" is not a production address. Certified connectors must call the service's public production host.`, path: "/host" }]
          : NONE;
      },
    }),
  ),
  metadata(
    defineRule({
      id: "IconBrandColorDefault",
      severity: "error",
      group: "Metadata",
      origin: "hub",
      description: "apiProperties iconBrandColor is the default #007ee5 or white (certification).",
      node: "apiProperties",
      check: ({ props }) => {
        const color = asString(asObject(props.properties)?.iconBrandColor)?.toLowerCase();
        return color === "#007ee5" || color === "#ffffff" || color === "#fff"
          ? [
              {
                message: `iconBrandColor is ${color}; certified connectors use their brand's colour (not the default blue or white). Set it to the brand's hex colour.`,
                path: "/properties/iconBrandColor",
              },
            ]
          : NONE;
      },
    }),
  ),
];

function numeric(id: string, description: string, keys: string[], test: (s: Record<string, unknown>) => string | undefined, at?: string): Rule {
  return defineRule({
    id,
    severity: "error",
    group: "Metadata",
    origin: "microsoft",
    description,
    node: "schema",
    keys,
    check: ({ schema, pointer }): readonly Issue[] => {
      const message = test(schema);
      return message ? [{ message, path: at ? joinPointer(pointer, at) : pointer }] : [];
    },
  });
}

const n = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);

function nonNegative(id: string, key: string): Rule {
  return numeric(
    id,
    `${key} is negative.`,
    [key],
    (s) => ((n(s[key]) ?? 0) < 0 ? `${key} is ${text(s[key])}; a count cannot be negative. Use 0 or more, or remove "${key}".` : undefined),
    key,
  );
}

/**
 * .NET regular expression syntax that JavaScript does not know, rewritten to an equivalent before the
 * pattern is compiled, so a pattern the platform accepts is not reported: inline options ((?i), (?x:...)),
 * atomic groups, comments, \A and \Z anchors, (?'name'...) groups.
 */
function toJavaScriptPattern(pattern: string): string {
  return pattern
    .replace(/\(\?#[^)]*\)/g, "")
    .replace(/\(\?[imnsx]+(-[imnsx]+)?\)/g, "")
    .replace(/\(\?-[imnsx]+\)/g, "")
    .replace(/\(\?[imnsx]*(-[imnsx]+)?:/g, "(?:")
    .replace(/\(\?>/g, "(?:")
    .replace(/\(\?'([A-Za-z_]\w*)'/g, "(?<$1>")
    .replace(/\\A/g, "^")
    .replace(/\\[Zz]/g, "$");
}

/** Verdicts by pattern: connectors repeat the same few patterns, and compiling one costs far more than a lookup. */
const patternVerdicts = new Map<string, boolean>();

export function isValidPattern(pattern: string): boolean {
  const known = patternVerdicts.get(pattern);
  if (known !== undefined) return known;
  let isValid: boolean;
  try {
    new RegExp(toJavaScriptPattern(pattern));
    isValid = true;
  } catch {
    isValid = false;
  }
  // Bounded, so a long-running process that validates many connectors keeps a small cache.
  if (patternVerdicts.size >= 4096) patternVerdicts.clear();
  patternVerdicts.set(pattern, isValid);
  return isValid;
}

/**
 * Range, length and pattern checks on schemas and non-body parameters: Microsoft's Metadata group, refused
 * by the platform in every mode (not only for certification).
 */
export const SCHEMA_METADATA_RULES: Rule[] = [
  numeric("MinimumShouldBeLessThanOrEqualToMaximum", "minimum greater than maximum.", ["minimum"], (s) =>
    (n(s.minimum) ?? -Infinity) > (n(s.maximum) ?? Infinity)
      ? `minimum ${text(s.minimum)} is greater than maximum ${text(s.maximum)}. Swap or correct them.`
      : undefined,
  ),
  numeric("MinLengthShouldBeLessThanOrEqualToMaxLength", "minLength greater than maxLength.", ["minLength"], (s) =>
    (n(s.minLength) ?? 0) > (n(s.maxLength) ?? Infinity)
      ? `minLength ${text(s.minLength)} is greater than maxLength ${text(s.maxLength)}. Correct them.`
      : undefined,
  ),
  numeric("MinItemsShouldBeLessThanOrEqualToMaxItems", "minItems greater than maxItems.", ["minItems"], (s) =>
    (n(s.minItems) ?? 0) > (n(s.maxItems) ?? Infinity) ? `minItems ${text(s.minItems)} is greater than maxItems ${text(s.maxItems)}. Correct them.` : undefined,
  ),
  numeric("ExclusiveMaximumRequiresMaximum", "exclusiveMaximum: true without maximum (false is harmless and accepted).", ["exclusiveMaximum"], (s) =>
    s.exclusiveMaximum === true && s.maximum === undefined
      ? `exclusiveMaximum is set but there is no maximum. Add "maximum" or remove "exclusiveMaximum".`
      : undefined,
  ),
  numeric("ExclusiveMinimumRequiresMinimum", "exclusiveMinimum: true without minimum (false is harmless and accepted).", ["exclusiveMinimum"], (s) =>
    s.exclusiveMinimum === true && s.minimum === undefined
      ? `exclusiveMinimum is set but there is no minimum. Add "minimum" or remove "exclusiveMinimum".`
      : undefined,
  ),
  numeric(
    "MultipleOfMustBeGreaterThanZero",
    "multipleOf zero or negative.",
    ["multipleOf"],
    (s) =>
      typeof s.multipleOf === "number" && !(s.multipleOf > 0)
        ? `multipleOf is ${text(s.multipleOf)}; it must be greater than zero. Use a positive number or remove it.`
        : undefined,
    "multipleOf",
  ),
  nonNegative("MaxLengthMustBeGreaterThanOrEqualToZero", "maxLength"),
  nonNegative("MinLengthMustBeGreaterThanOrEqualToZero", "minLength"),
  nonNegative("MaxItemsMustBeGreaterThanOrEqualToZero", "maxItems"),
  nonNegative("MinItemsMustBeGreaterThanOrEqualToZero", "minItems"),
  nonNegative("MaxPropertiesMustBeGreaterThanOrEqualToZero", "maxProperties"),
  nonNegative("MinPropertiesMustBeGreaterThanOrEqualToZero", "minProperties"),
  numeric(
    "PatternShouldBeValidRegularExpression",
    "pattern is not a valid regular expression.",
    ["pattern"],
    (s) =>
      typeof s.pattern === "string" && !isValidPattern(s.pattern)
        ? `pattern ${JSON.stringify(s.pattern)} is not a valid regular expression. Fix it (escape special characters such as ( [ { with a backslash) or remove it.`
        : undefined,
    "pattern",
  ),
  numeric(
    "DiscriminatorMustBeARequiredStringProperty",
    "discriminator names a property that is not a required string property of the schema.",
    ["discriminator"],
    (s) => {
      const name = s.discriminator;
      if (typeof name !== "string" || (s.allOf !== undefined && s.properties === undefined)) return undefined;
      const prop = asObject(asObject(s.properties as never)?.[name]);
      return prop?.type === "string" && asArray(s.required as never).includes(name)
        ? undefined
        : `discriminator "${name}" must name a property of this schema that has "type": "string" and is listed in "required". Add or fix that property, or remove "discriminator".`;
    },
    "discriminator",
  ),
];
