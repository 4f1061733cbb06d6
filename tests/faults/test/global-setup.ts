// The production build of the web app, made once for every file here, or found in turbo's cache: it is the same build
// the rest of `npm test` and `npm start` make, because turbo.json hashes only what shapes a build (HUB_PUBLIC_URL and
// the like), never a run's own ports or data folder. Each hub of the suite gets those when it starts.
import { spawnSync } from "node:child_process";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildEnv, hubPorts, makeDataFolder, root, type HubPorts } from "./hub.ts";

declare module "vitest" {
  export interface ProvidedContext {
    hub: { dataDir: string; ports: HubPorts };
  }
}

export default async function setup(project: TestProject) {
  const hub = { dataDir: makeDataFolder(), ports: await hubPorts() };
  project.provide("hub", hub);
  const started = performance.now();
  const result = spawnSync(path.join(root, "node_modules/.bin/turbo"), ["run", "build", "--filter=@connector-hub/web", "--output-logs=errors-only"], {
    cwd: root,
    stdio: "inherit",
    env: buildEnv(),
  });
  if (result.status !== 0) throw new Error("The web app did not build; the fault-injection tests need its production build.");
  console.log(`[faults] production build ready in ${Math.round(performance.now() - started) / 1000} s`);
}
