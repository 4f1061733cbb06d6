import type { Finding, TJsonObject, TJsonValue } from "../types.ts";
import { certifyFinding, type TPublisherKind } from "./certify-types.ts";

const INDEPENDENT_COLOR = "#da3b01";
/** What the repository shows as dummy values for OAuth client credentials (#611, #2121). */
const PLACEHOLDER = /^(\[\[.*\]\]|<<.*>>|<.*>|dummy.*|.*placeholder.*|x+|\*+|)$/i;

const asObject = (v: TJsonValue | undefined): TJsonObject | undefined => (v !== null && typeof v === "object" && !Array.isArray(v) ? v : undefined);

function findOAuthSettings(value: TJsonValue | undefined, path: string, out: { path: string; settings: TJsonObject }[]): void {
  const obj = asObject(value);
  if (obj) {
    for (const [k, v] of Object.entries(obj)) {
      if (k === "oAuthSettings" && asObject(v)) out.push({ path: `${path}/${k}`, settings: v as TJsonObject });
      else findOAuthSettings(v, `${path}/${k}`, out);
    }
  } else if (Array.isArray(value)) value.forEach((v, i) => findOAuthSettings(v, `${path}/${i}`, out));
}

/**
 * What reviewers require of apiProperties.json beyond its shape (reference/certification.md section 3):
 * publisher and stackOwner, the independent publishers' colour (the validator's IconBrandColorDefault covers
 * white and the default blue), capabilities matching the definition, and no real
 * OAuth client id or secret. `locate` gives the line of a pointer in the file.
 */
export function checkApiProperties(
  props: TJsonObject | undefined,
  options: { kind: TPublisherKind; hasTriggers: boolean; hasActions: boolean; file?: string; locate?: (pointer: string) => { line: number; column: number } },
): Finding[] {
  const file = options.file ?? "apiProperties.json";
  const at = (pointer: string) => options.locate?.(pointer) ?? { line: 1, column: 1 };
  const finding = (code: string, severity: Finding["severity"], message: string, pointer = "") =>
    certifyFinding(code, severity, message, file, at(pointer).line, at(pointer).column, pointer);
  if (!props)
    return [
      finding(
        "ApiPropertiesMissing",
        "error",
        "The folder has no readable apiProperties.json. Add one with properties.publisher, properties.stackOwner and properties.iconBrandColor.",
      ),
    ];
  const properties = asObject(props.properties);
  if (!properties)
    return [
      finding(
        "ApiPropertiesMissing",
        "error",
        'apiProperties.json has no "properties" object. Put publisher, stackOwner and iconBrandColor inside "properties".',
      ),
    ];
  const findings: Finding[] = [];
  for (const key of ["publisher", "stackOwner"] as const) {
    const value = properties[key];
    if (typeof value !== "string" || value.trim() === "") {
      const what =
        key === "publisher"
          ? options.kind === "certified"
            ? "your company's full name as verified"
            : "your first and last name (or company)"
          : "the company that owns the back-end service";
      findings.push(
        finding(
          `${key === "publisher" ? "Publisher" : "StackOwner"}Missing`,
          "error",
          `Add properties.${key}: ${what}. Reviewers refuse a connector without it (#2121, #1323).`,
          "/properties",
        ),
      );
    }
  }
  const color = typeof properties.iconBrandColor === "string" ? properties.iconBrandColor.toLowerCase() : undefined;
  if (!color)
    findings.push(
      finding(
        "IconBrandColorMissing",
        "error",
        `Add properties.iconBrandColor${options.kind === "independent" ? ` set to "${INDEPENDENT_COLOR}"` : " (your brand colour, the icon's background)"}.`,
        "/properties",
      ),
    );
  else if (options.kind === "independent" && color !== INDEPENDENT_COLOR) {
    findings.push(
      finding(
        "IconBrandColorNotIndependent",
        "error",
        `Independent publishers use exactly "${INDEPENDENT_COLOR}" as iconBrandColor, not "${properties.iconBrandColor as string}" (#1305).`,
        "/properties/iconBrandColor",
      ),
    );
  }
  const capabilities = properties.capabilities;
  if (capabilities !== undefined && (!Array.isArray(capabilities) || capabilities.some((c) => typeof c !== "string"))) {
    findings.push(
      finding("CapabilitiesNotStrings", "error", 'properties.capabilities is a list of strings such as "actions" and "triggers".', "/properties/capabilities"),
    );
  } else {
    const list = (Array.isArray(capabilities) ? capabilities : []) as string[];
    const needed = [...(options.hasActions ? ["actions"] : []), ...(options.hasTriggers ? ["triggers"] : [])];
    for (const capability of needed.filter((c) => !list.includes(c)))
      findings.push(
        finding(
          "CapabilityMissing",
          // Absent or empty is common in merged connectors and the schema does not require it; a list that omits one is a slip.
          list.length === 0 ? "info" : "warning",
          `The definition has ${capability}: add "${capability}" to properties.capabilities.`,
          capabilities === undefined ? "/properties" : "/properties/capabilities",
        ),
      );
  }
  const oauth: { path: string; settings: TJsonObject }[] = [];
  findOAuthSettings(properties, "/properties", oauth);
  for (const { path, settings } of oauth) {
    for (const key of ["clientId", "clientSecret"]) {
      const value = settings[key];
      if (typeof value === "string" && !PLACEHOLDER.test(value.trim())) {
        // The value itself is never repeated in the message.
        findings.push(
          // A client id is not a secret, but the repository keeps dummy ones too; a real secret is never acceptable.
          finding(
            key === "clientSecret" ? "RealClientSecret" : "RealClientId",
            key === "clientSecret" ? "error" : "warning",
            `${path}/${key} looks like a real value. The repository keeps dummy values ("[[DummyValue]]"); give the real ${key} in the certification portal (#611).`,
            `${path}/${key}`,
          ),
        );
      }
    }
  }
  return findings;
}
