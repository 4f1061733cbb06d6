"use client";
import { TableHead } from "@/components/table-head.tsx";
import type { ReactNode } from "react";
import { toCsv } from "./to-csv.ts";

interface DataTableProps {
  title: string;
  columns: string[];
  rows: { key: string; cells: (string | number | null)[]; render?: ReactNode[] }[];
  fileName: string;
  empty: string;
  note?: string;
}

/** A titled table with a CSV download of the same rows. */
export function DataTable({ title, columns, rows, fileName, empty, note }: DataTableProps) {
  const csv = toCsv(
    columns,
    rows.map((r) => r.cells),
  );
  return (
    <section className="rounded border border-slate-200 bg-white p-4">
      <div className="mb-2 flex items-center justify-between gap-2">
        <h2 className="font-semibold">{title}</h2>
        <a className="text-sm text-blue-700 underline" href={`data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`} download={`${fileName}.csv`}>
          Download CSV<span className="sr-only"> of {title}</span>
        </a>
      </div>
      {note ? <p className="mb-2 text-sm text-slate-600">{note}</p> : null}
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">{empty}</p>
      ) : (
        <table className="w-full table-fixed text-sm">
          <caption className="sr-only">{title}</caption>
          <TableHead dense gap="pr-4" columns={columns} />
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className="border-b align-top">
                {(r.render ?? r.cells).map((c, i) => (
                  <td key={columns[i] ?? i} className="py-1 pr-4 break-words">
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
