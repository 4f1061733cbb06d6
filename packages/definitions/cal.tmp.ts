import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
const root = "/work/shared/corpus/connectors";
const bufs: Buffer[] = [];
for (const g of readdirSync(root)) for (const c of readdirSync(join(root, g))) { const f = join(root, g, c, "apiDefinition.swagger.json"); if (existsSync(f)) bufs.push(readFileSync(f)); }
const dec = new TextDecoder();
for (let k = 0; k < 3; k++) { const t = performance.now(); for (const b of bufs) { try { JSON.parse(dec.decode(b)); } catch {} } console.log("decode+JSON.parse", (performance.now() - t).toFixed(0)); }
