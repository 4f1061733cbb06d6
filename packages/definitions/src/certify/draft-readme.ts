import type { TJsonObject, TJsonValue } from "../types.ts";
import type { TPublisherKind } from "./certify-types.ts";

const METHODS = ["get", "put", "post", "delete", "patch"];
const asObject = (v: TJsonValue | undefined): TJsonObject | undefined => (v !== null && typeof v === "object" && !Array.isArray(v) ? v : undefined);
const text = (v: TJsonValue | undefined) => (typeof v === "string" ? v.trim() : "");

/**
 * A readme that follows the repository's template for the kind, filled from the definition (title, description,
 * one section per operation with its summary and description); the maker completes credentials and limits.
 * Written without the template's zero-width spaces.
 */
export function draftReadme(definition: TJsonObject, options: { kind: TPublisherKind; publisher: string }): string {
  const info = asObject(definition.info) ?? {};
  const title = text(info.title) || "Connector";
  const operations: string[] = [];
  for (const item of Object.values(asObject(definition.paths) ?? {})) {
    for (const method of METHODS) {
      const op = asObject(asObject(item)?.[method]);
      if (!op || op["x-ms-visibility"] === "internal") continue;
      const summary = text(op.summary) || text(op.operationId);
      operations.push(`### ${summary}\n\n${text(op.description) || "Describe what this operation does."}\n`);
    }
  }
  const sections = [
    `# ${title}\n\n${text(info.description)}\n`,
    `## Publisher: ${options.publisher}\n`,
    "## Prerequisites\n\nSay what a user needs before creating a connection (an account, a plan, a licence).\n",
    `## Supported Operations\n\n${operations.join("\n")}`,
    "## Obtaining Credentials\n\nSay step by step how a user gets the credentials the connection asks for.\n",
    "## Known Issues and Limitations\n\nList limits (rate limits, sizes) and known problems, or say there are none.\n",
  ];
  if (options.kind === "certified")
    sections.push("## Deployment Instructions\n\nDeploy with `paconn create --api-def apiDefinition.swagger.json --api-prop apiProperties.json`.\n");
  return `${sections.join("\n")}`;
}
