"use client";
import { useId, useState } from "react";
import { Bar, BarChart, CartesianGrid, Cell, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { toCsv } from "./to-csv.ts";

export interface ChartRow {
  label: string;
  value: number;
  color?: string;
}

interface ChartSectionProps {
  title: string;
  /** Headers of the table behind the chart (and of the CSV file). */
  columns: [string, string];
  rows: ChartRow[];
  kind?: "bar" | "line";
  fileName: string;
}

/**
 * A chart with the same numbers as a table (for screen readers, and on request for everyone) and a CSV download.
 * The drawing itself is hidden from assistive technology: the table says the same.
 */
export function ChartSection({ title, columns, rows, kind = "bar", fileName }: ChartSectionProps) {
  const [showTable, setShowTable] = useState(false);
  const headingId = useId();
  const csv = toCsv(columns, rows.map((r) => [r.label, r.value]));
  const width = Math.max(320, Math.min(560, rows.length * 70));
  return (
    <section aria-labelledby={headingId} className="rounded border border-slate-200 bg-white p-4">
      <div className="mb-2 flex items-center justify-between gap-2">
        <h2 id={headingId} className="font-semibold">{title}</h2>
        <div className="flex gap-3 text-sm">
          <button type="button" className="text-blue-700 underline" aria-expanded={showTable} onClick={() => setShowTable((v) => !v)}>
            {showTable ? "Hide table" : "Show table"}
          </button>
          <a className="text-blue-700 underline" href={`data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`} download={`${fileName}.csv`}>
            Download CSV<span className="sr-only"> of {title}</span>
          </a>
        </div>
      </div>
      <div aria-hidden="true">
        {rows.length === 0 ? (
          <p className="text-sm text-slate-500">Nothing to show yet.</p>
        ) : kind === "line" ? (
          <LineChart width={width} height={200} data={rows}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" fontSize={11} />
            <YAxis allowDecimals={false} fontSize={11} />
            <Tooltip />
            <Line type="monotone" dataKey="value" name={columns[1]} stroke="#0078d4" isAnimationActive={false} />
          </LineChart>
        ) : (
          <BarChart width={width} height={200} data={rows}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" fontSize={11} interval={0} />
            <YAxis allowDecimals={false} fontSize={11} />
            <Tooltip />
            <Bar dataKey="value" name={columns[1]} isAnimationActive={false}>
              {rows.map((r) => (
                <Cell key={r.label} fill={r.color ?? "#0078d4"} />
              ))}
            </Bar>
          </BarChart>
        )}
      </div>
      <table className={showTable ? "mt-3 w-full text-sm" : "sr-only"}>
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr className="border-b text-left text-slate-500">
            <th scope="col" className="py-1 pr-4">{columns[0]}</th>
            <th scope="col" className="py-1 text-right">{columns[1]}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} className="border-b">
              <th scope="row" className="py-1 pr-4 text-left font-normal">{r.label}</th>
              <td className="py-1 text-right tabular-nums">{r.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
