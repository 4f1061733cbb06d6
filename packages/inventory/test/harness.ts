import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Db } from "@connector-hub/db";
import { createAdminClient, createTokenSource, runInventorySync, type RunInventorySyncOptions, type TokenSource } from "../src/index.ts";
import { startAdminApiStandIn, startTokenProvider, type RunningAdminApiStandIn, type RunningTokenProvider, type StandInTenant } from "../src/stand-in/index.ts";

export interface Harness {
  provider: RunningTokenProvider;
  api: RunningAdminApiStandIn;
  tokens: TokenSource;
  clientSecret: string;
  sync(options?: Partial<RunInventorySyncOptions> & { maxRetries?: number }): ReturnType<typeof runInventorySync> & Promise<unknown>;
  lastClient: () => ReturnType<typeof createAdminClient> | undefined;
  close(): Promise<void>;
}

/** The real parts: an OpenID provider issuing client-credentials tokens, the admin API stand-in, msal-node. */
export async function startHarness(db: Db, tenant: StandInTenant, pageSize = { environments: 2, connectors: 2, dataverse: 2, maxTop: 3 }): Promise<Harness> {
  const clientId = "3f1b2c4d-0000-4000-8000-000000000020";
  const clientSecret = `secret-${Math.random().toString(36).slice(2)}`;
  const provider = await startTokenProvider({
    port: 0,
    certDir: path.join(mkdtempSync(path.join(tmpdir(), "hub-inv-")), "oidc"),
    clientId,
    clientSecret,
    tokenSeconds: 3599,
  });
  const api = await startAdminApiStandIn({ port: 0, tenant, publicKey: provider.publicKey, issuer: provider.issuer, pageSize });
  const tokens = createTokenSource({ tenantId: tenant.tenantId, clientId, clientSecret, authority: provider.issuer, caPem: provider.caPem });
  let client: ReturnType<typeof createAdminClient> | undefined;
  return {
    provider,
    api,
    tokens,
    clientSecret,
    lastClient: () => client,
    sync(options = {}) {
      client = createAdminClient({ tokens, concurrency: 4, maxRetries: options.maxRetries ?? 8, backoffBaseMs: 5, signal: options.signal });
      return runInventorySync({ db, client, endpoints: api.endpoints, environmentConcurrency: 2, ...options });
    },
    async close() {
      await api.close();
      await provider.close();
    },
  };
}

/** Each test file starts from an empty inventory (the files share one database). */
export async function resetInventory(db: Db): Promise<void> {
  await db.$executeRawUnsafe(
    'TRUNCATE "InventoryUsage", "InventoryResource", "InventoryConnector", "InventoryEnvironment", "InventorySyncCursor", "InventorySyncRun"',
  );
}
