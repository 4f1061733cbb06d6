// A part of `npm start` (its own process, so the supervisor can restart it): the sample API on SAMPLE_API_PORT,
// until SIGTERM. Started by scripts/start.ts with HUB_PUBLIC_URL set.
import { HubConfigError } from "@connector-hub/db/node";
import { announceFailure, announceReady } from "./processes.ts";
import { startSampleApiBeside } from "./sample-api.ts";

try {
  const api = await startSampleApiBeside({ hubPublicUrl: process.env.HUB_PUBLIC_URL ?? "http://localhost:3000" });
  process.once("SIGTERM", () => void api.close().finally(() => process.exit(0)));
  process.once("SIGINT", () => void api.close().finally(() => process.exit(0)));
  announceReady({ url: api.url, localUrl: api.localUrl });
} catch (error) {
  announceFailure(error instanceof Error ? error.message : String(error), error instanceof HubConfigError ? error.exitCode : 1);
}
