// The sample API beside the hub: started in this process on SAMPLE_API_PORT (3001), and its four sample connectors
// registered into the catalog from the definitions the running API serves.
import { AppError, createDb, registerSampleConnectors, type SampleRegistration } from "@connector-hub/db";
import { seedDemoInventory } from "@connector-hub/db/seed";
import { HubConfigError } from "@connector-hub/db/node";
import { SAMPLE_VARIANTS, startSampleApi, type TRunningSampleApi } from "@connector-hub/sample-api";
import { isPortFree } from "./processes.ts";

const HOST = "127.0.0.1";

function readPort(fallback: number): number {
  const raw = process.env.SAMPLE_API_PORT;
  const port = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new HubConfigError(`SAMPLE_API_PORT must be a port number (got "${raw}").`, 2);
  return port;
}

/** Starts the sample API; a port in use is one line that says what to change, like the web port. */
export async function startSampleApiBeside(options: { defaultPort?: number; hubPublicUrl: string }): Promise<TRunningSampleApi> {
  const port = readPort(options.defaultPort ?? 3001);
  if (!(await isPortFree(port, HOST))) {
    throw new HubConfigError(
      `Port ${port} is in use by another program. Stop it, or start the sample API on another port: SAMPLE_API_PORT=${port + 1} npm start.`,
      1,
    );
  }
  const publicUrl = process.env.SAMPLE_API_PUBLIC_URL || undefined;
  // The hub's own output stays readable: the sample API reports only what goes wrong.
  // Webhook events go only to the hub (its Test tab's callbacks), never to an address a caller typed in.
  return startSampleApi({ port, host: HOST, publicUrl, logLevel: "warn", allowedCallbackOrigins: [options.hubPublicUrl] });
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new HubConfigError(`The sample API answered ${response.status} for ${url}; its definitions could not be registered.`, 1);
  return response.json();
}

/** Registers (or updates) the sample connectors from what the running API serves; idempotent. */
export async function registerSamplesFrom(running: TRunningSampleApi, databaseUrl: string): Promise<SampleRegistration[]> {
  // Fetched from where it listens; a configured SAMPLE_API_PUBLIC_URL still decides the definitions' host.
  // The three REST variants, and the MCP server at /mcp (issue 24) as the fourth sample.
  const definitions = await Promise.all(
    [...SAMPLE_VARIANTS.map((variant) => ({ variant, root: `/${variant}` })), { variant: "mcp", root: "/mcp" }].map(async ({ variant, root }) => ({
      variant,
      swagger: await fetchJson(`${running.localUrl}${root}/swagger.json`),
      apiProperties: await fetchJson(`${running.localUrl}${root}/apiProperties.json`),
    })),
  );
  const db = createDb(databaseUrl, { poolSize: 2 });
  try {
    const registered = await registerSampleConnectors(db, { definitions });
    // The demo inventory (#20) gets the samples' flows once they are in the catalog; a real inventory is left alone.
    await seedDemoInventory(db);
    return registered;
  } catch (error) {
    if (error instanceof AppError) throw new HubConfigError(`The sample connectors could not be registered: ${error.message}`, 1);
    throw error;
  } finally {
    await db.$disconnect();
  }
}
