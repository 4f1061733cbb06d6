/**
 * The header row the hub's data tables share: one `<th>` per column, left-aligned in slate, with the same vertical
 * padding and the gap the table uses between its columns.
 */
export function TableHead({ columns, gap }: { columns: readonly string[]; gap: "pr-3" | "pr-4" | "pr-6" }) {
  return (
    <thead>
      <tr className="border-b text-left text-slate-500">
        {columns.map((column) => (
          <th key={column} className={`py-2 ${gap}`}>
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
