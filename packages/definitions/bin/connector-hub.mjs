#!/usr/bin/env node
// Entry for `npx connector-hub`: runs the TypeScript CLI through tsx so the package needs no build step. On a machine
// of 4 cores or fewer it first runs itself again with V8's thread pool sized to the cores (v8-pool.mjs).
import { runWithSizedPool } from "./v8-pool.mjs";

if (!(await runWithSizedPool(import.meta.url))) {
  const { register } = await import("tsx/esm/api");
  register();
  const { main } = await import("../src/cli/index.ts");
  process.exitCode = await main(process.argv);
}
