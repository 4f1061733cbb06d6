/** RFC 4180 CSV: quotes fields with commas, quotes or line breaks, and guards spreadsheet formulas. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (v: string | number | null) => {
    let s = v === null ? "" : String(v);
    // A leading =, +, -, @, tab or CR would run as a formula when the file is opened in a spreadsheet.
    if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}
