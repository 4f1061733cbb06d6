#!/usr/bin/env node
// Entry of the GitHub Action (action.yml at the repository root): runs src/action/run-action.ts through tsx.
import { register } from "tsx/esm/api";
register();
const { runAction } = await import("../src/action/run-action.ts");
const result = await runAction(process.env);
process.exitCode = result.exitCode;
