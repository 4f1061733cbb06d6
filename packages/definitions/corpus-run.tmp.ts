import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { validateConnector } from "./src/index.ts";
const root = "/work/shared/corpus/connectors";
const counts = new Map<string, { n: number; files: Set<string>; sev: string; ex: string }>();
let errFolders: string[] = [];
const t0 = performance.now();
for (const g of readdirSync(root)) for (const c of readdirSync(join(root, g))) {
  const d = join(root, g, c);
  if (!existsSync(join(d, "apiDefinition.swagger.json"))) continue;
  const r = validateConnector({ definition: readFileSync(join(d, "apiDefinition.swagger.json")), apiProperties: existsSync(join(d, "apiProperties.json")) ? readFileSync(join(d, "apiProperties.json")) : undefined, certification: process.argv[2] === "cert" });
  for (const f of r.findings) {
    const e = counts.get(f.code) ?? { n: 0, files: new Set(), sev: f.severity, ex: "" };
    e.n++; e.files.add(c); if (!e.ex) e.ex = `${c}:${f.line}:${f.column} ${f.path} ${f.message}`; counts.set(f.code, e);
  }
  if (r.summary.errors > 0) errFolders.push(c + ": " + [...new Set(r.findings.filter(f => f.severity === "error").map(f => f.code))].join(","));
}
console.log("ms", Math.round(performance.now() - t0));
for (const [k, v] of [...counts].sort((a, b) => b[1].files.size - a[1].files.size)) console.log(v.sev.padEnd(8), String(v.files.size).padStart(4), String(v.n).padStart(6), k, "|", v.ex.slice(0, 250));
console.log(errFolders.length, "folders with errors"); console.log(errFolders.join("\n"));
