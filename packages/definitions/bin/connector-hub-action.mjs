#!/usr/bin/env node
// Entry of the GitHub Action (action.yml at the repository root): runs src/action/run-action.ts through tsx, with V8's
// thread pool sized to the runner's cores as the CLI does (v8-pool.mjs; GitHub's Linux runners have 2 to 4).
import { runWithSizedPool } from "./v8-pool.mjs";

if (!(await runWithSizedPool(import.meta.url))) {
  const { register } = await import("tsx/esm/api");
  register();
  const { runAction } = await import("../src/action/run-action.ts");
  const result = await runAction(process.env);
  process.exitCode = result.exitCode;
}
