import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parseJsonText } from "./src/parse/parse-json-text.ts";
const root = "/work/shared/corpus/connectors";
const texts: string[] = [];
for (const g of readdirSync(root)) for (const c of readdirSync(join(root, g))) { const f = join(root, g, c, "apiDefinition.swagger.json"); if (existsSync(f)) texts.push(readFileSync(f, "utf8")); }
const re = /(?:[[{]\s*(?:"(?:[^"\\]|\\.)*"\s*:\s*)?){48}[[{]/;
for (let k = 0; k < 3; k++) { let t = performance.now(); let n = 0; for (const s of texts) if (re.test(s)) n++; console.log("re", n, performance.now() - t); }

console.log(parseJsonText('{\n  "swagger": "2.0",\n  "paths": {},\n}').problems);
