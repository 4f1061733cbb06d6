import { parseDefinition } from "../parse/parse-definition.ts";
import type { Finding, TJsonObject, TJsonValue } from "../types.ts";
import { validateConnector } from "../validate/validate-connector.ts";
import { buildCertificationZip } from "./build-certification-zip.ts";
import type { TPublisherKind } from "./certify-types.ts";
import { certifyFinding } from "./certify-types.ts";
import { checkApiProperties } from "./check-api-properties.ts";
import { checkIcon } from "./check-icon.ts";
import { checkReadme } from "./check-readme.ts";
import { reviewerChecklist } from "./reviewer-checklist.ts";

export interface CertifyConnectorOptions {
  kind: TPublisherKind;
  definition: Uint8Array | string;
  apiProperties?: Uint8Array | string;
  readme?: string;
  icon?: Uint8Array;
  script?: Uint8Array | string;
  /** File names for the findings (the CLI passes paths). */
  names?: Partial<Record<"definition" | "apiProperties" | "readme" | "icon", string>>;
}

export interface CertificationReport {
  kind: TPublisherKind;
  title: string;
  findings: Finding[];
  errors: number;
  warnings: number;
  checklist: string[];
  /** The pull request's folder, zipped; absent while the definition cannot be read. */
  zip?: Uint8Array;
  entries: string[];
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];
const asObject = (v: TJsonValue | undefined): TJsonObject | undefined => (v !== null && typeof v === "object" && !Array.isArray(v) ? v : undefined);
const bytesOf = (v: Uint8Array | string) => (typeof v === "string" ? new TextEncoder().encode(v) : v);

function operationKinds(doc: TJsonObject | undefined): { hasTriggers: boolean; hasActions: boolean; isOAuth: boolean } {
  let hasTriggers = false;
  let hasActions = false;
  for (const item of Object.values(asObject(doc?.paths) ?? {})) {
    for (const method of METHODS) {
      const op = asObject(asObject(item)?.[method]);
      if (!op) continue;
      if (op["x-ms-trigger"] !== undefined) hasTriggers = true;
      else hasActions = true;
    }
  }
  const isOAuth = Object.values(asObject(doc?.securityDefinitions) ?? {}).some((s) => asObject(s)?.type === "oauth2");
  return { hasTriggers, hasActions, isOAuth };
}

/**
 * Everything the hub can check before a pull request to microsoft/PowerPlatformConnectors: the validator in
 * certification mode, the readme against the template, apiProperties' publisher, stackOwner, colour and
 * capabilities, the icon; then the folder zipped as the repository lays it out and the reviewer's checklist.
 */
export function certifyConnector(options: CertifyConnectorOptions): CertificationReport {
  const names = { definition: "apiDefinition.swagger.json", apiProperties: "apiProperties.json", readme: "readme.md", icon: "icon.png", ...options.names };
  const validation = validateConnector({
    definition: options.definition,
    apiProperties: options.apiProperties,
    fileName: names.definition,
    apiPropertiesFileName: names.apiProperties,
    certification: true,
  });
  const doc = validation.document;
  const title = typeof asObject(doc?.info)?.title === "string" ? (asObject(doc?.info)?.title as string) : "";
  const kinds = operationKinds(doc);
  const findings: Finding[] = [...validation.findings];
  const props = options.apiProperties !== undefined ? parseDefinition(options.apiProperties, { fileName: names.apiProperties }) : undefined;
  const propsDoc = asObject(props?.document);
  // A malformed apiProperties.json is already a validator finding; the checks below need its content.
  if (!props || propsDoc) findings.push(...checkApiProperties(propsDoc, { kind: options.kind, ...kinds, file: names.apiProperties, locate: props?.locate }));
  findings.push(...checkReadme(options.readme, options.kind, names.readme, title || undefined));
  const brand = asObject(propsDoc?.properties)?.iconBrandColor;
  findings.push(...checkIcon(options.icon, { kind: options.kind, brandColor: typeof brand === "string" ? brand : undefined, file: names.icon }));
  if (typeof options.definition !== "string" ? options.definition.byteLength > 1024 * 1024 : Buffer.byteLength(options.definition) > 1024 * 1024) {
    findings.push(
      certifyFinding(
        "DefinitionOverOneMegabyte",
        "error",
        "The definition is over 1 MB; certification takes smaller files. Split the API into several connectors.",
        names.definition,
      ),
    );
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const report: CertificationReport = {
    kind: options.kind,
    title,
    findings,
    errors,
    warnings,
    checklist: reviewerChecklist(options.kind, kinds.isOAuth),
    entries: [],
  };
  if (doc && options.apiProperties !== undefined) {
    const built = buildCertificationZip(options.kind, title, {
      definition: bytesOf(options.definition),
      apiProperties: bytesOf(options.apiProperties),
      readme: options.readme !== undefined ? bytesOf(options.readme) : undefined,
      script: options.script !== undefined ? bytesOf(options.script) : undefined,
    });
    report.zip = built.zip;
    report.entries = built.entries;
  }
  return report;
}
