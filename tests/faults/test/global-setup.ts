// The production build of the web app, made (or found up to date in turbo's cache) once for every file here.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { findRepoRoot } from "@connector-hub/db/node";

export default function setup() {
  const root = findRepoRoot();
  const result = spawnSync(path.join(root, "node_modules/.bin/turbo"), ["run", "build", "--filter=@connector-hub/web", "--output-logs=errors-only"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("The web app did not build; the fault-injection tests need its production build.");
}
