import type { Db } from "@connector-hub/db";
import { parseApp } from "../parse/parse-app.ts";
import { parseConnector } from "../parse/parse-connector.ts";
import { parseEnvironment } from "../parse/parse-environment.ts";
import { extractFlowUsages, parseFlowListItem } from "../parse/parse-flow.ts";
import { asDate, asObject, asString, type TJson } from "../parse/read-fields.ts";
import type { TConnectorItem, TResourceItem } from "../parse/types.ts";
import { runImport, type ImportResult, type InventoryBatch } from "./run-import.ts";

export interface PowerShellFile {
  name: string;
  text: string;
}

type Kind = "environment" | "connector" | "app" | "flow";

/** Which cmdlet wrote an object, from its friendly properties (inventory-sources.md §6). */
function kindOf(o: TJson): Kind | null {
  if ("FlowName" in o) return "flow";
  if ("AppName" in o) return "app";
  if ("ConnectorName" in o) return "connector";
  if ("EnvironmentName" in o && ("EnvironmentType" in o || "IsDefault" in o)) return "environment";
  return null;
}

/** ConvertTo-Json's default -Depth 2 writes deeper levels as type-name strings: `Internal` is then not an object. */
const internalOf = (o: TJson): TJson | null => (o.Internal && typeof o.Internal === "object" ? (o.Internal as TJson) : null);

/**
 * Import of the JSON Microsoft's admin PowerShell module writes (`Get-AdminPowerAppEnvironment`, `Get-AdminPowerApp`,
 * `Get-AdminFlow`, `Get-AdminPowerAppConnector`, piped to `ConvertTo-Json -Depth 20`), from Windows PowerShell 5.1
 * ("\/Date(...)\/" dates) or PowerShell 7 (ISO dates); one object or an array per file. Each object's `Internal` is
 * the raw REST item, read with the same parsers as the sync; exported with the default depth, `Internal` is lost
 * and the import keeps the friendly properties and says what is missing.
 */
export async function importPowerShellJson(db: Db, files: PowerShellFile[]): Promise<ImportResult> {
  const warnings: string[] = [];
  const batch: InventoryBatch = { environments: [], connectors: new Map(), resources: new Map(), covers: { connectors: false, apps: false, flows: false } };
  const push = <T>(map: Map<string, T[]>, env: string, item: T) => map.set(env, [...(map.get(env) ?? []), item]);
  for (const file of files) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(file.text.replace(/^\uFEFF/, ""));
    } catch (error) {
      throw new Error(`${file.name} is not JSON (${(error as Error).message}). Export with: Get-AdminFlow | ConvertTo-Json -Depth 20 > flows.json`);
    }
    const objects = (Array.isArray(parsed) ? parsed : [parsed]).map(asObject);
    let truncated = 0;
    for (const [i, o] of objects.entries()) {
      const kind = kindOf(o);
      if (!kind)
        throw new Error(
          `${file.name}, object ${i + 1}: not an object of Get-AdminPowerAppEnvironment, Get-AdminPowerApp, Get-AdminFlow or Get-AdminPowerAppConnector (no EnvironmentName/AppName/FlowName/ConnectorName).`,
        );
      const internal = internalOf(o);
      if (!internal) truncated += 1;
      const env = asString(o.EnvironmentName) ?? "";
      if (kind === "environment") {
        const e = parseEnvironment(internal ?? { name: env, properties: {} });
        if (e)
          batch.environments.push({
            ...e,
            displayName: asString(o.DisplayName) ?? e.displayName,
            isDefault: o.IsDefault === true || e.isDefault,
            sku: asString(o.EnvironmentType) ?? e.sku,
            modifiedAt: asDate(o.LastModifiedTime) ?? e.modifiedAt,
          });
      } else if (kind === "connector") {
        batch.covers.connectors = true;
        // Get-AdminPowerAppConnector's Internal is the item's `properties` only.
        const c = parseConnector({ name: o.ConnectorName, properties: internal ?? {} });
        const item: TConnectorItem | null = c && {
          ...c,
          displayName: asString(o.DisplayName) ?? c.displayName,
          modifiedAt: asDate(o.LastModifiedTime) ?? c.modifiedAt,
        };
        if (item) push(batch.connectors, env, { item, definition: item.inlineDefinition });
        if (item && !item.inlineDefinition)
          warnings.push(
            `${file.name}: connector ${item.displayName} has no inline definition (the export holds only its time-limited swagger URL); its operations are unknown until an API sync.`,
          );
      } else if (kind === "app") {
        batch.covers.apps = true;
        const a = parseApp(internal ?? { name: o.AppName, properties: { displayName: o.DisplayName, owner: o.Owner, lastModifiedTime: o.LastModifiedTime } });
        if (a) push(batch.resources, env, a);
      } else {
        batch.covers.flows = true;
        const creator = asObject(o.CreatedBy);
        const listed = parseFlowListItem(
          internal ?? {
            name: o.FlowName,
            properties: { displayName: o.DisplayName, lastModifiedTime: o.LastModifiedTime, creator, state: o.Enabled === false ? "Stopped" : "Started" },
          },
        );
        if (listed) {
          const f: TResourceItem = {
            ...listed,
            modifiedAt: asDate(o.LastModifiedTime) ?? listed.modifiedAt,
            usages: internal ? extractFlowUsages(internal) : [],
          };
          push(batch.resources, env, f);
        }
      }
    }
    if (truncated)
      warnings.push(
        `${file.name}: ${truncated} object(s) lost "Internal" to ConvertTo-Json's default depth, so their connection references and definitions are missing. Export again with ConvertTo-Json -Depth 20.`,
      );
  }
  return runImport(db, "powershell", batch, warnings);
}
