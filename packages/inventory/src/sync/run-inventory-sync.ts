import type { Db } from "@connector-hub/db";
import { SCOPES, type AdminClient, type AdminEndpoints } from "../http/admin-client.ts";
import { AGENT_QUERIES, parseAgents, type TAgentTables } from "../parse/parse-agents.ts";
import { parseApp } from "../parse/parse-app.ts";
import { parseConnector, readDefinitionFacts } from "../parse/parse-connector.ts";
import { parseEnvironment } from "../parse/parse-environment.ts";
import { extractFlowUsages, parseFlowListItem } from "../parse/parse-flow.ts";
import { asObject } from "../parse/read-fields.ts";
import type { TResourceItem } from "../parse/types.ts";
import {
  markEnvironmentsDeleted,
  markUnseenDeleted,
  matchCatalogConnectors,
  readKnownVersions,
  saveConnectors,
  saveEnvironments,
  saveResources,
  type ConnectorWrite,
  type Tx,
} from "./save-inventory-page.ts";

export interface SyncProgress {
  runId: string;
  resumed: boolean;
  phase: "environments" | "environment" | "matching" | "done";
  environmentsTotal: number;
  environmentsDone: number;
  connectors: number;
  apps: number;
  flows: number;
  /** Copilot Studio agents read from the environments' Dataverse. */
  agents: number;
  /** Environments whose agents could not be read (no access to their Dataverse), with what to change; their agents stay as last read. */
  agentsUnreadable: string[];
  /** Items whose details (definition, flow definition) were fetched because they changed. */
  detailsFetched: number;
  pages: number;
  requests: number;
  throttled: number;
  retries: number;
}

export interface RunInventorySyncOptions {
  db: Db;
  client: AdminClient;
  endpoints: AdminEndpoints;
  /** Environments synced at once. */
  environmentConcurrency?: number;
  onProgress?: (progress: SyncProgress) => void;
  /** A "running" run whose heartbeat is older than this is taken to have crashed, and is resumed. */
  staleAfterMs?: number;
  signal?: AbortSignal;
}

export interface SyncResult extends SyncProgress {
  status: "succeeded";
  durationMs: number;
}

const STREAMS = ["connectors", "apps", "flows", "agents"] as const;

/**
 * One inventory sync from the admin APIs. Each page is committed with its cursor and the run's progress in one
 * transaction, so a crash resumes at the last committed page and a rerun changes nothing. Incremental: lists are
 * read in full (the APIs offer no change feed), but definitions and flow definitions are fetched only for items
 * whose modification time moved, and unchanged rows are only marked as seen. What a finished stream did not see
 * is marked deleted.
 */
export async function runInventorySync(options: RunInventorySyncOptions): Promise<SyncResult> {
  const { db, client, endpoints } = options;
  const started = Date.now();
  const staleAfterMs = options.staleAfterMs ?? 120_000;
  const previous = await db.inventorySyncRun.findFirst({ where: { source: "api", status: { in: ["running", "failed"] } }, orderBy: { startedAt: "desc" } });
  if (previous?.status === "running" && Date.now() - previous.heartbeatAt.getTime() < staleAfterMs) {
    throw new Error(`An inventory sync is already running (started ${previous.startedAt.toISOString()}, last progress ${previous.heartbeatAt.toISOString()}).`);
  }
  const run = previous
    ? await db.inventorySyncRun.update({ where: { id: previous.id }, data: { status: "running", heartbeatAt: new Date(), error: null } })
    : await db.inventorySyncRun.create({ data: { source: "api", status: "running" } });
  const stored = asObject(run.progress) as Partial<SyncProgress>;
  const progress: SyncProgress = {
    runId: run.id,
    resumed: Boolean(previous),
    phase: "environments",
    environmentsTotal: stored.environmentsTotal ?? 0,
    environmentsDone: stored.environmentsDone ?? 0,
    connectors: stored.connectors ?? 0,
    apps: stored.apps ?? 0,
    flows: stored.flows ?? 0,
    agents: stored.agents ?? 0,
    agentsUnreadable: stored.agentsUnreadable ?? [],
    detailsFetched: stored.detailsFetched ?? 0,
    pages: stored.pages ?? 0,
    requests: 0,
    throttled: 0,
    retries: 0,
  };
  const baseRequests = { requests: stored.requests ?? 0, throttled: stored.throttled ?? 0, retries: stored.retries ?? 0 };
  const report = () => {
    progress.requests = baseRequests.requests + client.stats.requests;
    progress.throttled = baseRequests.throttled + client.stats.throttled;
    progress.retries = baseRequests.retries + client.stats.retries;
    options.onProgress?.({ ...progress });
  };
  const cursors = new Map((await db.inventorySyncCursor.findMany({ where: { runId: run.id } })).map((c) => [c.stream, c]));

  /** Commits one page: its rows, the stream's cursor and the run's progress. */
  async function commit(stream: string, nextLink: string | undefined, write: (tx: Tx) => Promise<void>) {
    options.signal?.throwIfAborted();
    progress.pages += 1;
    report();
    await db.$transaction(
      async (tx) => {
        await write(tx);
        const done = !nextLink;
        await tx.inventorySyncCursor.upsert({
          where: { runId_stream: { runId: run.id, stream } },
          create: { runId: run.id, stream, nextLink: nextLink ?? null, done, pages: 1 },
          update: { nextLink: nextLink ?? null, done, pages: { increment: 1 } },
        });
        await tx.inventorySyncRun.update({ where: { id: run.id }, data: { heartbeatAt: new Date(), progress: { ...progress } } });
      },
      { timeout: 120_000 },
    );
    cursors.set(stream, { runId: run.id, stream, nextLink: nextLink ?? null, done: !nextLink, pages: 0, updatedAt: new Date() });
  }

  /** Reads a stream page by page from where the run stands (its stored nextLink), committing each. */
  async function readStream<T>(
    stream: string,
    firstUrl: string,
    scope: string,
    onPage: (items: unknown[], tx: Tx) => Promise<void>,
    prepare?: (items: unknown[]) => Promise<T>,
  ) {
    const cursor = cursors.get(stream);
    if (cursor?.done) return;
    let url: string | undefined = cursor?.nextLink ?? firstUrl;
    const origin = new URL(firstUrl).origin;
    while (url) {
      // The bearer token goes with every page: a nextLink that leaves the stream's own origin is refused, not followed.
      if (new URL(url, firstUrl).origin !== origin) {
        throw new Error(
          `The admin API's next page for ${stream} points at ${new URL(url, firstUrl).origin}, not ${origin}; the sync does not send its token there.`,
        );
      }
      const page: { value: unknown[]; nextLink: string | undefined } = await client.getPage<unknown>(url, scope);
      if (prepare) await prepare(page.value);
      await commit(stream, page.nextLink, (tx) => onPage(page.value, tx));
      url = page.nextLink;
    }
  }

  /** Reads a list to its last page without committing (the agents' four Dataverse lists are joined before saving). */
  async function readAllPages(firstUrl: string, scope: string): Promise<unknown[]> {
    const origin = new URL(firstUrl).origin;
    const items: unknown[] = [];
    for (let url: string | undefined = firstUrl; url;) {
      if (new URL(url, firstUrl).origin !== origin) {
        throw new Error(`The Dataverse next page points at ${new URL(url, firstUrl).origin}, not ${origin}; the sync does not send its token there.`);
      }
      const page: { value: unknown[]; nextLink: string | undefined } = await client.getPage<unknown>(new URL(url, firstUrl).href, scope);
      items.push(...page.value);
      url = page.nextLink;
    }
    return items;
  }

  try {
    // 1. Environments (BAP admin).
    await readStream(
      "environments",
      `${endpoints.bap}/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments?api-version=2020-10-01`,
      SCOPES.powerApps,
      async (items, tx) => {
        const parsed = items.map(parseEnvironment).filter((e) => e !== null);
        await saveEnvironments(tx, run.id, parsed);
      },
    );
    if (cursors.get("environments-deleted")?.done !== true) {
      await commit("environments-deleted", undefined, (tx) => markEnvironmentsDeleted(tx, run.id));
    }
    const environments = await db.inventoryEnvironment.findMany({
      where: { lastSeenRunId: run.id, deletedAt: null },
      orderBy: { name: "asc" },
      select: { name: true, displayName: true, instanceUrl: true },
    });
    progress.environmentsTotal = environments.length;
    progress.environmentsDone = environments.filter((e) => STREAMS.every((s) => cursors.get(`${e.name}/${s}`)?.done)).length;
    progress.phase = "environment";
    report();

    // 2. Per environment: custom connectors, apps, flows; a few environments at a time.
    const queue = environments.filter((e) => !STREAMS.every((s) => cursors.get(`${e.name}/${s}`)?.done));
    const worker = async () => {
      for (let env = queue.shift(); env !== undefined; env = queue.shift()) {
        await syncEnvironment(env);
        progress.environmentsDone += 1;
        report();
      }
    };
    await Promise.all(Array.from({ length: options.environmentConcurrency ?? 4 }, worker));

    progress.phase = "matching";
    report();
    await matchCatalogConnectors(db);
    progress.phase = "done";
    await db.inventorySyncRun.update({
      where: { id: run.id },
      data: {
        status: "succeeded",
        finishedAt: new Date(),
        heartbeatAt: new Date(),
        progress: { ...progress, requests: baseRequests.requests + client.stats.requests },
      },
    });
    report();
    return { ...progress, status: "succeeded", durationMs: Date.now() - started };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.inventorySyncRun.update({ where: { id: run.id }, data: { status: "failed", error: message.slice(0, 2000) } }).catch(() => undefined);
    throw error;
  }

  async function syncEnvironment(environment: TSyncEnvironment) {
    const env = environment.name;
    const e = encodeURIComponent(env);
    // Custom connectors, with their definitions (downloaded only when changed).
    let connectorWrites: ConnectorWrite[] = [];
    await readStream(
      `${env}/connectors`,
      `${endpoints.powerApps}/providers/Microsoft.PowerApps/scopes/admin/environments/${e}/apis?api-version=2017-05-01`,
      SCOPES.powerApps,
      async (_items, tx) => {
        await saveConnectors(tx, run.id, env, connectorWrites);
        progress.connectors += connectorWrites.length;
      },
      async (items) => {
        const parsed = items.map(parseConnector).filter((c) => c !== null);
        const known = await readKnownVersions(
          db,
          "connector",
          env,
          parsed.map((c) => c.name),
        );
        connectorWrites = await Promise.all(
          parsed.map(async (item): Promise<ConnectorWrite> => {
            if (item.modifiedAt && known.get(item.name) === item.modifiedAt.getTime()) return { item };
            progress.detailsFetched += 1;
            // The SAS-signed blob URL takes no bearer token (CLI for Microsoft 365 and paconn download it bare).
            const definition = item.inlineDefinition ?? (item.swaggerUrl ? await client.getJson<Record<string, unknown>>(item.swaggerUrl, null) : null);
            return { item, definition, facts: readDefinitionFacts(definition) };
          }),
        );
      },
    );
    await finishStream(env, "connectors");

    // Canvas apps: their connection references come with the list.
    await readStream(
      `${env}/apps`,
      `${endpoints.powerApps}/providers/Microsoft.PowerApps/scopes/admin/environments/${e}/apps?api-version=2016-11-01&$top=250`,
      SCOPES.powerApps,
      async (items, tx) => {
        const parsed = items.map(parseApp).filter((a) => a !== null);
        const known = await readKnownVersions(
          tx,
          "APP",
          env,
          parsed.map((a) => a.name),
        );
        const writes = parsed.map((a) => (a.modifiedAt && known.get(a.name) === a.modifiedAt.getTime() ? { ...a, usages: null } : a));
        await saveResources(tx, run.id, env, "APP", writes);
        progress.apps += parsed.length;
      },
    );
    await finishStream(env, "apps");

    // Cloud flows: the list, then each changed flow's own GET for its definition and connection references.
    let flowWrites: TResourceItem[] = [];
    await readStream(
      `${env}/flows`,
      `${endpoints.flow}/providers/Microsoft.ProcessSimple/scopes/admin/environments/${e}/v2/flows?api-version=2016-11-01&$top=50`,
      SCOPES.flow,
      async (_items, tx) => {
        await saveResources(tx, run.id, env, "FLOW", flowWrites);
        progress.flows += flowWrites.length;
      },
      async (items) => {
        const parsed = items.map(parseFlowListItem).filter((f) => f !== null);
        const known = await readKnownVersions(
          db,
          "FLOW",
          env,
          parsed.map((f) => f.name),
        );
        flowWrites = await Promise.all(
          parsed.map(async (flow) => {
            if (flow.modifiedAt && known.get(flow.name) === flow.modifiedAt.getTime()) return flow;
            try {
              const detail = await client.getJson<unknown>(
                `${endpoints.flow}/providers/Microsoft.ProcessSimple/scopes/admin/environments/${e}/flows/${encodeURIComponent(flow.name)}?api-version=2016-11-01`,
                SCOPES.flow,
              );
              progress.detailsFetched += 1;
              return { ...flow, usages: extractFlowUsages(detail) };
            } catch (error) {
              // Deleted between the list and its GET: leave it out; the stream's end marks it deleted.
              if ((error as { status?: number }).status === 404) return { ...flow, name: "" };
              throw error;
            }
          }),
        );
        flowWrites = flowWrites.filter((f) => f.name !== "");
      },
    );
    await finishStream(env, "flows");

    await syncAgents(environment);
  }

  /**
   * Copilot Studio agents, from the environment's Dataverse: the four lists are read in full and joined (agent →
   * component → connection reference → connector), then saved in one commit with what is gone marked deleted. An
   * environment without Dataverse has no agents; one whose Dataverse refuses the sync's app (401/403) keeps the
   * agents last read, and the run says what to change.
   */
  async function syncAgents(environment: TSyncEnvironment) {
    const stream = `${environment.name}/agents`;
    if (cursors.get(stream)?.done) return;
    const dataverse = dataverseOf(environment.instanceUrl, endpoints);
    let agents: TResourceItem[] = [];
    let unreadable: string | null = "refused" in dataverse ? dataverse.refused : null;
    if ("base" in dataverse) {
      const tables: Partial<TAgentTables> = {};
      let table: keyof TAgentTables = "bots";
      try {
        for (const key of Object.keys(AGENT_QUERIES) as (keyof TAgentTables)[]) {
          table = key;
          tables[key] = await readAllPages(`${dataverse.base}${AGENT_QUERIES[key]}`, dataverse.scope);
        }
        agents = parseAgents(tables as TAgentTables);
      } catch (error) {
        if (options.signal?.aborted) throw error;
        const status = (error as { status?: number }).status;
        if (status === 404 && table === "bots") {
          // This Dataverse has no Copilot Studio tables, so no agents.
        } else if (status === 401 || status === 403) {
          unreadable = `the sync's app may not read its Dataverse (${status}). Add the app as an application user of the environment (Power Platform admin center → the environment → Settings → Users + permissions → Application users) with a security role that reads the bot, bot component and connection reference tables.`;
        } else {
          // One environment's Dataverse (down, throttling past the retries, a table missing) does not stop the
          // tenant's sync: its agents stay as last read, and the next sync tries again.
          unreadable = `its agents could not be read (${error instanceof Error ? error.message.slice(0, 300) : String(error)}); they stay as last read, and the next sync tries again.`;
        }
      }
    }
    if (unreadable) progress.agentsUnreadable = [...progress.agentsUnreadable, `${environment.displayName}: ${unreadable}`];
    progress.agents += agents.length;
    await commit(stream, undefined, async (tx) => {
      if (unreadable) return;
      await saveResources(tx, run.id, environment.name, "AGENT", agents);
      await markUnseenDeleted(tx, run.id, environment.name, "AGENT");
    });
  }

  async function finishStream(env: string, stream: "connectors" | "apps" | "flows") {
    const key = `${env}/${stream}:deleted`;
    if (cursors.get(key)?.done) return;
    const kind = stream === "connectors" ? "connectors" : stream === "apps" ? "APP" : "FLOW";
    await commit(key, undefined, async (tx) => void (await markUnseenDeleted(tx, run.id, env, kind)));
  }
}

interface TSyncEnvironment {
  name: string;
  displayName: string;
  instanceUrl: string | null;
}

/**
 * Where an environment's Dataverse Web API is and the token scope for it (`{instanceUrl}/.default`, Entra's rule for a
 * resource URL). The sync's token goes only to an https address, or to the admin endpoints' own origin (the local
 * stand-in); anything else is refused with the reason.
 */
function dataverseOf(instanceUrl: string | null, endpoints: AdminEndpoints): { base: string; scope: string } | { refused: string } | { none: true } {
  if (!instanceUrl) return { none: true };
  let url: URL;
  try {
    url = new URL(instanceUrl);
  } catch {
    return { refused: `its Dataverse address ${JSON.stringify(instanceUrl.slice(0, 200))} is not a URL.` };
  }
  if (url.protocol !== "https:" && url.origin !== new URL(endpoints.bap).origin) {
    return { refused: `its Dataverse address ${url.origin} is not https, so the sync does not send its token there.` };
  }
  const root = `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
  return { base: `${root}/api/data/v9.2/`, scope: `${root}/.default` };
}
