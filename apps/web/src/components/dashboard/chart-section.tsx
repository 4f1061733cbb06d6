"use client";
import { useId, useState } from "react";
import { Bar, BarChart, CartesianGrid, Cell, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
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
  /** Said instead of a chart when there is nothing to draw (no rows, or every value 0). */
  empty?: string;
}

/**
 * A chart with the same numbers as a table (for screen readers, and on request for everyone) and a CSV download.
 * The drawing itself is hidden from assistive technology: the table says the same.
 */
export function ChartSection({ title, columns, rows, kind = "bar", fileName, empty = "Nothing to show yet." }: ChartSectionProps) {
  const [showTable, setShowTable] = useState(false);
  const headingId = useId();
  const csv = toCsv(
    columns,
    rows.map((r) => [r.label, r.value]),
  );
  const isEmpty = rows.length === 0 || rows.every((r) => r.value === 0);
  // Bars run horizontally with their labels on the left, so long labels never overlap; the width follows the page.
  const barHeight = 40 + rows.length * 30;
  const labelWidth = Math.min(170, Math.max(70, Math.max(...rows.map((r) => r.label.length), 0) * 7));
  return (
    <section aria-labelledby={headingId} className="rounded border border-slate-200 bg-white p-4">
      <div className="mb-2 flex items-center justify-between gap-2">
        <h2 id={headingId} className="font-semibold">
          {title}
        </h2>
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
        {isEmpty ? (
          <p className="text-sm text-slate-500" data-testid="chart-empty">
            {empty}
          </p>
        ) : kind === "line" ? (
          <ResponsiveContainer width="100%" height={200}>
            <LineChart data={rows} margin={{ right: 16 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="label" fontSize={11} minTickGap={24} />
              <YAxis allowDecimals={false} fontSize={11} width={32} />
              <Tooltip />
              <Line type="monotone" dataKey="value" name={columns[1]} stroke="#0078d4" isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        ) : (
          <ResponsiveContainer width="100%" height={barHeight}>
            <BarChart data={rows} layout="vertical" margin={{ right: 16 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} fontSize={11} />
              <YAxis type="category" dataKey="label" fontSize={11} width={labelWidth} interval={0} />
              <Tooltip />
              <Bar dataKey="value" name={columns[1]} isAnimationActive={false} barSize={18}>
                {rows.map((r) => (
                  <Cell key={r.label} fill={r.color ?? "#0078d4"} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        )}
      </div>
      <table className={showTable ? "mt-3 w-full text-sm" : "sr-only"}>
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr className="border-b text-left text-slate-500">
            <th scope="col" className="py-1 pr-4">
              {columns[0]}
            </th>
            <th scope="col" className="py-1 text-right">
              {columns[1]}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} className="border-b">
              <th scope="row" className="py-1 pr-4 text-left font-normal">
                {r.label}
              </th>
              <td className="py-1 text-right tabular-nums">{r.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
