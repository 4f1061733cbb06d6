// Benchmark: converts every OpenAPI 3 document of test/fixtures/openapi3-corpus to Swagger 2.0 and validates the
// result (importOpenApi3, what `convert --from openapi3` and the import wizard run), 7 times each after a warm-up;
// prints the outcome per document and the median time, as a Markdown table for BENCHMARKS.md.
// Run: npm run bench:openapi3 -w @connector-hub/definitions
import { readFileSync, statSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { countLosses, importOpenApi3 } from "../src/index.ts";
import { listOpenApi3Corpus } from "../test/support/openapi3-corpus.ts";

const RUNS = 7;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const rows: string[] = [];
const tally = { clean: 0, warnings: 0, losses: 0 };
let total = 0;
for (const { name, file } of listOpenApi3Corpus()) {
  const bytes = readFileSync(file);
  importOpenApi3(bytes, { fileName: name });
  const times: number[] = [];
  let result = importOpenApi3(bytes, { fileName: name });
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    result = importOpenApi3(bytes, { fileName: name });
    times.push(performance.now() - t0);
  }
  const losses = countLosses(result.losses);
  const v = result.validation?.summary ?? { errors: 0, warnings: 0 };
  // With losses: the conversion dropped or chose something (a loss warning). With warnings: nothing lost, but the
  // validator has something to say. Clean: neither (info-level notes allowed).
  const outcome = losses.warnings > 0 ? "losses" : v.errors + v.warnings > 0 ? "warnings" : "clean";
  tally[outcome]++;
  const ms = median(times);
  total += ms;
  rows.push(
    `| ${name} | ${Math.round(statSync(file).size / 1024)} | ${result.version} | ${losses.warnings} / ${losses.infos} | ${v.errors} / ${v.warnings} | ${outcome} | ${ms.toFixed(1)} |`,
  );
}
const count = rows.length;
console.log(
  `machine: ${cpus().length} cores, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}, node ${process.version}`,
);
console.log(
  `${count} documents: ${tally.clean} clean, ${tally.warnings} with validator warnings only, ${tally.losses} with losses; median per document summed ${total.toFixed(0)} ms, mean ${(total / count).toFixed(1)} ms\n`,
);
console.log("| document | KB | version | losses (warning / info) | validator (errors / warnings) | outcome | ms (median of 7) |");
console.log("| --- | ---: | --- | --- | --- | --- | ---: |");
for (const row of rows) console.log(row);
