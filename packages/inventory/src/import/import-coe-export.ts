import { parse } from "csv-parse/sync";
import type { Db } from "@connector-hub/db";
import { asDate } from "../parse/read-fields.ts";
import type { TResourceItem, TUsageItem } from "../parse/types.ts";
import { runImport, type ImportResult, type InventoryBatch } from "./run-import.ts";

/** One CSV per table, as the maker portal's Tables > Export data writes them (logical-name headers). */
export type CoeTables = Partial<
  Record<"admin_environment" | "admin_connector" | "admin_app" | "admin_flow" | "admin_connectionreference" | "admin_flowactiondetail", string>
>;

type Row = Record<string, string>;
const rowsOf = (csv: string | undefined, table: string): Row[] => {
  if (!csv) return [];
  try {
    return parse(csv.replace(/^\uFEFF/, ""), { columns: true, skip_empty_lines: true, trim: true }) as Row[];
  } catch (error) {
    throw new Error(`${table}.csv cannot be read as CSV (${(error as Error).message}). Export the table again from Tables > ${table} > Export data.`);
  }
};
const isYes = (v: string | undefined) => /^(true|yes|1)$/i.test(v ?? "");
const need = (rows: Row[], table: string, columns: string[]) => {
  const missing = rows.length ? columns.filter((c) => !(c in rows[0]!)) : [];
  if (missing.length) throw new Error(`${table}.csv lacks the column(s) ${missing.join(", ")}: export the table with its logical column names.`);
};

/**
 * Import of a CoE Starter Kit inventory export (inventory-sources.md §5): environments, connectors, apps, flows, the
 * connection references linking them, and flow action details for operations. Lookups are read as the related
 * record's id (GUID) or, failing that, its name. Flow action details name the connector by display name only: an
 * operation is attributed when one connector of the flow (else of the tenant) has that display name, and reported
 * as ambiguous otherwise.
 */
export async function importCoeExport(db: Db, tables: CoeTables): Promise<ImportResult> {
  const warnings: string[] = [];
  const envRows = rowsOf(tables.admin_environment, "admin_environment");
  const connectorRows = rowsOf(tables.admin_connector, "admin_connector");
  const appRows = rowsOf(tables.admin_app, "admin_app");
  const flowRows = rowsOf(tables.admin_flow, "admin_flow");
  const refRows = rowsOf(tables.admin_connectionreference, "admin_connectionreference");
  const actionRows = rowsOf(tables.admin_flowactiondetail, "admin_flowactiondetail");
  need(envRows, "admin_environment", ["admin_environmentid", "admin_environmentname", "admin_displayname"]);
  need(connectorRows, "admin_connector", ["admin_connectorid", "admin_name", "admin_displayname"]);
  need(appRows, "admin_app", ["admin_appid", "admin_displayname", "admin_appenvironment"]);
  need(flowRows, "admin_flow", ["admin_flowid", "admin_displayname", "admin_flowenvironment"]);
  need(refRows, "admin_connectionreference", ["admin_connector"]);
  need(actionRows, "admin_flowactiondetail", ["admin_flow", "admin_actiontype", "admin_operation"]);

  const envName = new Map(envRows.map((e) => [e.admin_environmentid!.toLowerCase(), e.admin_environmentname!]));
  const envOf = (lookup: string | undefined) => envName.get((lookup ?? "").toLowerCase()) ?? lookup ?? "";
  const connectorById = new Map(connectorRows.map((c) => [c.admin_connectorid!.toLowerCase(), c]));
  const connectorOf = (lookup: string | undefined) => connectorById.get((lookup ?? "").toLowerCase()) ?? connectorRows.find((c) => c.admin_name === lookup);
  const batch: InventoryBatch = {
    environments: envRows
      .filter((e) => !isYes(e.admin_environmentdeleted))
      .map((e) => ({
        name: e.admin_environmentname!,
        displayName: e.admin_displayname || e.admin_environmentname!,
        sku: e.admin_environmentsku || null,
        isDefault: false,
        region: null,
        modifiedAt: null,
        instanceUrl: null,
      })),
    connectors: new Map(),
    resources: new Map(),
    covers: { connectors: false, apps: appRows.length > 0, flows: flowRows.length > 0 },
  };
  // The export has no per-environment connector table column: custom connectors are placed where apps or flows use them.
  const usagesOf = new Map<string, TUsageItem[]>();
  const add = (key: string, u: TUsageItem) => usagesOf.set(key, [...(usagesOf.get(key) ?? []), u]);
  const flowConnectors = new Map<string, Row[]>();
  for (const ref of refRows) {
    const c = connectorOf(ref.admin_connector);
    if (!c) continue;
    const name = c.admin_name!.toLowerCase();
    if (ref.admin_app) add(`APP/${ref.admin_app.toLowerCase()}`, { connectorName: name, operationId: null, actionName: null, isTrigger: false });
    if (ref.admin_flow) {
      add(`FLOW/${ref.admin_flow.toLowerCase()}`, { connectorName: name, operationId: null, actionName: null, isTrigger: false });
      flowConnectors.set(ref.admin_flow.toLowerCase(), [...(flowConnectors.get(ref.admin_flow.toLowerCase()) ?? []), c]);
    }
  }
  let ambiguous = 0;
  for (const a of actionRows) {
    if (isYes(a.admin_flowactiondetaildeleted) || !a.admin_operation) continue;
    const flow = (a.admin_flow ?? "").toLowerCase();
    const byName = (rows: Row[]) => rows.filter((c) => c.admin_displayname === a.admin_actiontype);
    const candidates = byName(flowConnectors.get(flow) ?? []).length ? byName(flowConnectors.get(flow) ?? []) : byName(connectorRows);
    if (new Set(candidates.map((c) => c.admin_name)).size !== 1) {
      if (candidates.length > 1) ambiguous += 1;
      continue;
    }
    add(`FLOW/${flow}`, {
      connectorName: candidates[0]!.admin_name!.toLowerCase(),
      operationId: a.admin_operation,
      actionName: null,
      isTrigger: isYes(a.cr5d5_istypetrigger),
    });
  }
  if (ambiguous)
    warnings.push(`${ambiguous} flow action detail(s) name a connector display name that several connectors share: their operations were left out.`);
  const usedIn = new Map<string, Set<string>>();
  const resource = (kind: "APP" | "FLOW", r: Row): TResourceItem => {
    const id = (kind === "APP" ? r.admin_appid : r.admin_flowid)!;
    const env = envOf(kind === "APP" ? r.admin_appenvironment : r.admin_flowenvironment);
    const usages = (usagesOf.get(`${kind}/${id.toLowerCase()}`) ?? []).filter(
      (u, i, all) => all.findIndex((x) => JSON.stringify(x) === JSON.stringify(u)) === i,
    );
    for (const u of usages) usedIn.set(u.connectorName, (usedIn.get(u.connectorName) ?? new Set()).add(env));
    return {
      kind,
      name: id,
      displayName: r.admin_displayname || id,
      state: kind === "FLOW" ? r.admin_flowstate || null : null,
      ownerOid: null,
      ownerName: (kind === "APP" ? r.admin_appowner : r.admin_flowmakerdisplayname) || null,
      ownerEmail: null,
      modifiedAt: asDate(kind === "APP" ? r.admin_appmodifiedon : r.admin_flowmodifiedon),
      usages,
    };
  };
  for (const [kind, rows, deleted] of [
    ["APP", appRows, "admin_appdeleted"],
    ["FLOW", flowRows, "admin_flowdeleted"],
  ] as const) {
    for (const r of rows) {
      if (isYes(r[deleted])) continue;
      const item = resource(kind, r);
      const env = envOf(kind === "APP" ? r.admin_appenvironment : r.admin_flowenvironment);
      batch.resources.set(env, [...(batch.resources.get(env) ?? []), item]);
    }
  }
  for (const c of connectorRows) {
    if (!isYes(c.admin_iscustomapi) || isYes(c.admin_connectordeleted)) continue;
    const name = c.admin_name!.toLowerCase();
    const envs = usedIn.get(name) ?? new Set<string>();
    if (!envs.size)
      warnings.push(`Custom connector ${c.admin_displayname} is used by no exported app or flow: the export does not say its environment, so it was left out.`);
    for (const env of envs) {
      const item = {
        name,
        displayName: c.admin_displayname || name,
        modifiedAt: asDate(c.admin_connectormodified),
        createdByOid: null,
        createdByName: c.admin_maker || null,
        swaggerUrl: null,
        inlineDefinition: null,
      };
      batch.connectors.set(env, [...(batch.connectors.get(env) ?? []), { item, definition: null }]);
    }
  }
  warnings.push(
    "CoE exports carry no connector definitions: catalog matching uses the display name only after an API sync or adoption; run `connector-hub sync` for operation-level impact.",
  );
  return runImport(db, "coe", batch, warnings);
}
