import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parseDefinition } from "./src/parse/parse-definition.ts";
import { validateSwaggerSchema } from "./src/validate/validate-swagger-schema.ts";
import { buildContext } from "./src/validate/build-context.ts";
import { walkDefinition } from "./src/validate/walk-definition.ts";
import { ALL_RULES } from "./src/rules/index.ts";
import { validateConnector } from "./src/index.ts";
const root = "/work/shared/corpus/connectors";
const bufs: Buffer[] = [];
for (const g of readdirSync(root)) for (const c of readdirSync(join(root, g))) { const f = join(root, g, c, "apiDefinition.swagger.json"); if (existsSync(f)) bufs.push(readFileSync(f)); }
const kinds = ["document", "documentEnd", "pathItem", "operation", "parameter", "response", "schema", "ref", "apiProperties"];
const rules: any = Object.fromEntries(kinds.map((k) => [k, []]));
for (const r of ALL_RULES) if (r.node !== "engine" && !r.isCertificationOnly) rules[r.node].push(r);
for (let k = 0; k < Number(process.env.K ?? 3); k++) {
  const T: Record<string, number> = { parse: 0, ajv: 0, ctx: 0, walk: 0, locate: 0, total: 0 };
  let issues = 0;
  const t00 = performance.now();
  for (const b of bufs) {
    let t = performance.now();
    const p = parseDefinition(b); T.parse += performance.now() - t;
    const doc = p.document as any; if (!doc) continue;
    t = performance.now(); const s = validateSwaggerSchema(doc); T.ajv += performance.now() - t;
    t = performance.now(); const ctx = buildContext(doc, { isCertification: false, byteLength: b.length }); T.ctx += performance.now() - t;
    t = performance.now(); const out = walkDefinition(ctx, rules); T.walk += performance.now() - t;
    t = performance.now(); for (const o of [...out.map(o=>o.issue.path), ...s.map(x=>x.path)]) p.locate(o); T.locate += performance.now() - t;
    issues += out.length + s.length;
  }
  T.total = performance.now() - t00;
  console.log(Object.entries(T).map(([a, b]) => `${a}=${b.toFixed(0)}`).join(" "), "issues", issues);
}
const t = performance.now(); for (const b of bufs) validateConnector({ definition: b }); console.log("validateConnector", (performance.now() - t).toFixed(0));
