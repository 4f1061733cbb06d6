import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { validateConnector } from "./src/index.ts";
const files: [Buffer, Buffer | undefined][] = [];
const root = "/work/shared/corpus/connectors";
for (const g of readdirSync(root)) for (const n of readdirSync(join(root, g))) { const f = join(root, g, n, "apiDefinition.swagger.json"); if (existsSync(f)) { const p = join(root, g, n, "apiProperties.json"); files.push([readFileSync(f), existsSync(p) ? readFileSync(p) : undefined]); } }
const ch = "/work/shared/corpus/changes";
for (const n of readdirSync(ch)) for (const s of ["before", "after"]) { const f = join(ch, n, `${s}.swagger.json`); if (existsSync(f)) files.push([readFileSync(f), undefined]); }
for (let round = 0; round < 3; round++) {
  const c0 = process.cpuUsage(); const t0 = performance.now();
  for (const [d, p] of files) validateConnector({ definition: d, apiProperties: p });
  const c = process.cpuUsage(c0);
  console.log(`round ${round}: ${files.length} files ${(performance.now() - t0).toFixed(0)} ms wall ${((c.user + c.system) / 1000).toFixed(0)} ms cpu`);
}
const c0 = process.cpuUsage();
for (const [d] of files) { try { JSON.parse(d.toString("utf8")); } catch { /* */ } }
const c = process.cpuUsage(c0); console.log(`json.parse ${((c.user + c.system) / 1000).toFixed(0)} ms cpu`);
