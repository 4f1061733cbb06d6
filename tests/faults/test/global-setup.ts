// The production build of the web app, made (or found up to date in turbo's cache) once for every file here, with
// the environment the supervised hub will have, so its own `turbo run build` is a cache hit.
import { spawnSync } from "node:child_process";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { hubEnv, hubPorts, makeDataFolder, root, type HubPorts } from "./hub.ts";

declare module "vitest" {
  export interface ProvidedContext {
    hub: { dataDir: string; ports: HubPorts };
  }
}

export default async function setup(project: TestProject) {
  const hub = { dataDir: makeDataFolder(), ports: await hubPorts() };
  project.provide("hub", hub);
  const result = spawnSync(path.join(root, "node_modules/.bin/turbo"), ["run", "build", "--filter=@connector-hub/web", "--output-logs=errors-only"], {
    cwd: root,
    stdio: "inherit",
    env: hubEnv(hub.dataDir, hub.ports),
  });
  if (result.status !== 0) throw new Error("The web app did not build; the fault-injection tests need its production build.");
}
