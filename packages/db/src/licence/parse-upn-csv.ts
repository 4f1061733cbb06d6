import { parse } from "csv-parse/sync";
import { AppError } from "../app-error.ts";

/** One line of the administrator's CSV that names a person. */
export interface UpnCsvRow {
  /** 1-based line number in the file, as a text editor shows it. */
  line: number;
  upn: string;
}

/** One line that could not be read as a user principal name, and what to change. */
export interface RejectedCsvRow {
  line: number;
  value: string;
  problem: string;
}

export interface ParsedUpnCsv {
  /** Every readable row in file order, duplicates included (the report says which line each repeats). */
  rows: UpnCsvRow[];
  rejected: RejectedCsvRow[];
}

const HEADER_NAMES = new Set(["upn", "userprincipalname", "email", "mail"]);
const MAX_SHOWN = 200;

function cellsOf(line: string): string[] | null {
  try {
    const [record] = parse(line, { trim: true, relax_column_count: true, relax_quotes: true }) as string[][];
    return record ?? [];
  } catch {
    return null;
  }
}

/**
 * The rows of a CSV an administrator uploads: a column named upn / userPrincipalName / email if there is a header,
 * else the first column. Each line is read on its own, so one bad line is reported with its number and the others
 * are still checked. Only a file with no readable row at all is refused.
 */
export function parseUpnCsv(text: string): ParsedUpnCsv {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  const rows: UpnCsvRow[] = [];
  const rejected: RejectedCsvRow[] = [];
  let column: number | null = null;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    const cells = cellsOf(raw);
    if (cells === null) {
      rejected.push({ line, value: raw.slice(0, MAX_SHOWN), problem: "This line is not valid CSV (check its quotes)." });
      return;
    }
    if (column === null) {
      const header = cells.map((h) => h.toLowerCase().replace(/[^a-z]/g, ""));
      const named = header.findIndex((h) => HEADER_NAMES.has(h));
      column = named >= 0 ? named : 0;
      // A first line without an @ in the chosen column is a header, not a person.
      if (named >= 0 || !(cells[column] ?? "").includes("@")) return;
    }
    const value = (cells[column] ?? "").trim();
    if (value === "") {
      rejected.push({ line, value: raw.slice(0, MAX_SHOWN), problem: "This line has no user principal name in the column read." });
      return;
    }
    if (!/^[^\s@]+@[^\s@]+$/.test(value)) {
      rejected.push({
        line,
        value: value.slice(0, MAX_SHOWN),
        problem: "Not a user principal name: write it as name@domain, e.g. maya.maker@contoso.example.",
      });
      return;
    }
    rows.push({ line, upn: value });
  });
  if (rows.length === 0) {
    const first = rejected[0];
    throw new AppError(
      "BAD_REQUEST",
      first
        ? `No line of the CSV holds a user principal name (line ${first.line}: ${first.problem}): put one per line, e.g. maya.maker@contoso.example.`
        : "The CSV holds no user principal names: put one per line, e.g. maya.maker@contoso.example.",
    );
  }
  return { rows, rejected };
}
