import { RULES } from "./src/index.ts";
console.log(RULES.length);
for (const r of RULES) console.log(r.id, r.node, r.severity, r.isCertificationOnly ? "cert" : "");
