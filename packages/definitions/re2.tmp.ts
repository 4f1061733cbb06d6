import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
const root = "/work/shared/corpus/connectors";
const texts: string[] = [];
for (const g of readdirSync(root)) for (const c of readdirSync(join(root, g))) { const f = join(root, g, c, "apiDefinition.swagger.json"); if (existsSync(f)) texts.push(readFileSync(f, "utf8")); }
const res = { old: /(?:[[{]\s*(?:"(?:[^"\\]|\\.)*"\s*:\s*)?){48}[[{]/, simple: /[[{](?:\s*[[{]){31}/, runs: /[[{]{32}/ };
for (let k = 0; k < 3; k++) for (const [name, re] of Object.entries(res)) { let t = performance.now(); let n = 0; for (const s of texts) if (re.test(s)) n++; console.log(name, n, (performance.now() - t).toFixed(1)); }
const combo = (s: string) => s.includes("[[[[[[[[") || /\[\s+\[\s+\[\s+\[\s+\[\s+\[\s+\[\s+\[/.test(s);
for (let k = 0; k < 3; k++) { let t = performance.now(); let n = 0; for (const s of texts) if (combo(s)) n++; console.log("combo", n, (performance.now() - t).toFixed(1)); }
