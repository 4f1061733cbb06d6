import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parseDefinition } from "./src/index.ts";
import { validateSwaggerSchema } from "./src/validate/validate-swagger-schema.ts";
import { validateConnector } from "./src/index.ts";
const root = "/work/shared/corpus/connectors";
const files: Buffer[] = [];
for (const g of readdirSync(root)) for (const c of readdirSync(join(root, g))) { const f = join(root, g, c, "apiDefinition.swagger.json"); if (existsSync(f)) files.push(readFileSync(f)); }
let t = performance.now(); const docs = files.map((b) => parseDefinition(b).document); console.log("parse", performance.now() - t);
t = performance.now(); for (const d of docs) if (d) validateSwaggerSchema(d); console.log("ajv", performance.now() - t);
t = performance.now(); for (const d of docs) if (d) validateSwaggerSchema(d); console.log("ajv2", performance.now() - t);
t = performance.now(); for (const b of files) validateConnector({ definition: b }); console.log("all", performance.now() - t);
t = performance.now(); for (const b of files) validateConnector({ definition: b }); console.log("all2", performance.now() - t);
