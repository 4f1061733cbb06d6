// Documented refusals, a fifth outside reading (4 Dec 2026): 430 cases and 12 controls for a fleet-maintenance API,
// written by a reader who saw Microsoft's "Fix Swagger Validator errors" page, the list of codes and paconn's schemas,
// and neither the rules nor the earlier readings. Its first run caught 414 (96.3%), on the code after the fourth
// reading's changes; see the definitions README ("A fifth outside reading"). A measure of agreement, not a test.
// Run: npm run bench:refusals5 -w @connector-hub/definitions
/* eslint-disable @typescript-eslint/no-explicit-any -- each case edits the definition as free-form JSON */
import { validateConnector } from "../../src/index.ts";
import { cases, BASE_DEF, BASE_PROPS, clone } from "./cases.ts";
import "./cases-1.ts";
import "./cases-2.ts";
import "./cases-3.ts";
import "./cases-4.ts";
import "./cases-5.ts";
import "./cases-6.ts";
import "./cases-7.ts";

let n = 0,
  caught = 0,
  ctl = 0,
  ctlBad = 0;
const out: string[] = [];
for (const c of cases) {
  const d = clone(BASE_DEF),
    p = clone(BASE_PROPS);
  let res: any;
  try {
    c.mutate(d, p);
    res = await validateConnector({ definition: Buffer.from(JSON.stringify(d)), apiProperties: Buffer.from(JSON.stringify(p)), certification: c.cert });
  } catch (e: any) {
    res = { findings: [{ code: "EXCEPTION:" + String(e?.message ?? e).slice(0, 80), severity: "exception" }] };
  }
  const f: any[] = res.findings ?? [];
  if (c.control) {
    ctl++;
    const errs = f.filter((x) => x.severity === "error" || x.severity === "exception");
    if (errs.length) ctlBad++;
    const all = [...new Set(f.map((x) => `${x.code}(${x.severity})`))].join(",");
    out.push(`CONTROL ${errs.length ? "ERR" : "OK"} | ${c.label}${c.cert ? " [cert]" : ""} | ${all || "-"}`);
    continue;
  }
  n++;
  const mine = f.filter((x) => x.code === c.code);
  if (mine.length) caught++;
  const sev = [...new Set(mine.map((x) => x.severity))].join(",") || "-";
  const others = [...new Set(f.filter((x) => x.code !== c.code).map((x) => x.code))].join(",") || "-";
  out.push(`${mine.length ? "HIT" : "MISS"} | ${c.code} | ${c.label}${c.cert ? " [cert]" : ""} | ${sev} | ${others}`);
}
for (const l of out) console.log(l);
console.log(`cases=${n} caught=${caught}`);
console.log(`controls=${ctl} controls_with_errors=${ctlBad}`);
