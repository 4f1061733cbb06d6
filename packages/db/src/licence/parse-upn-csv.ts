import { parse } from "csv-parse/sync";
import { AppError } from "../app-error.ts";

/**
 * The UPNs of a CSV an administrator uploads: a column named upn / userPrincipalName / email if there is a header,
 * else the first column. Blank lines and duplicates are dropped.
 */
export function parseUpnCsv(text: string): string[] {
  let rows: string[][];
  try {
    rows = parse(text, { skip_empty_lines: true, trim: true, relax_column_count: true, bom: true });
  } catch (error) {
    throw new AppError("BAD_REQUEST", `The CSV could not be read (${error instanceof Error ? error.message : "unknown error"}): save it as plain CSV, one user principal name per line.`);
  }
  const header = rows[0]?.map((h) => h.toLowerCase().replace(/[^a-z]/g, "")) ?? [];
  const named = header.findIndex((h) => h === "upn" || h === "userprincipalname" || h === "email" || h === "mail");
  const column = named >= 0 ? named : 0;
  const body = named >= 0 || !(rows[0]?.[0] ?? "").includes("@") ? rows.slice(1) : rows;
  const upns = body.map((r) => (r[column] ?? "").trim()).filter(Boolean);
  if (upns.length === 0) throw new AppError("BAD_REQUEST", "The CSV holds no user principal names: put one per line, e.g. maya.maker@contoso.example.");
  const bad = upns.filter((u) => !u.includes("@"));
  if (bad.length > 0) {
    throw new AppError("BAD_REQUEST", `${bad.length} value${bad.length === 1 ? " is" : "s are"} not a user principal name (name@domain), e.g. "${bad[0]}": fix or remove ${bad.length === 1 ? "it" : "them"}.`);
  }
  return [...new Set(upns)];
}
