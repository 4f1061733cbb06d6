/** A column of a data table's header: its name, said only to screen readers when `srOnly` (a column of buttons). */
export type TableColumn = string | { label: string; srOnly?: boolean; className?: string };

/**
 * The header row the hub's data tables share: one `<th scope="col">` per column, left-aligned in slate, with the same
 * vertical padding (`dense` for the dashboard's and previews' compact tables) and the gap the table uses between its
 * columns.
 */
export function TableHead({ columns, gap, dense = false }: { columns: readonly TableColumn[]; gap: "pr-3" | "pr-4" | "pr-6"; dense?: boolean }) {
  return (
    <thead>
      <tr className="border-b text-left text-slate-500">
        {columns.map((column) => {
          const { label, srOnly = false, className = "" } = typeof column === "string" ? { label: column } : column;
          return (
            <th key={label} scope="col" className={`${dense ? "py-1" : "py-2"} ${gap} ${className}`.trim()}>
              {srOnly ? <span className="sr-only">{label}</span> : label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
