// The governance page's "Inventory of environments": the newest syncs with the progress each committed last, a
// running one whose process died shown as stalled, a failed one with its error.
import { afterAll, expect, inject, it } from "vitest";
import { createDb } from "../src/client.ts";
import { listInventorySyncRuns, SYNC_STALE_AFTER_MS } from "../src/inventory/list-inventory-sync-runs.ts";

const db = createDb(inject("databaseUrl"), { poolSize: 2 });
afterAll(() => db.$disconnect());

it("lists the newest runs first, with their progress, a dead running sync as stalled and a failure with its error", async () => {
  const now = new Date();
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const progress = { phase: "flows", environmentsDone: 3, environmentsTotal: 8, connectors: 12, apps: 40, flows: 310, requests: 95, throttled: 2 };
  const made = [
    await db.inventorySyncRun.create({
      data: { source: "api", status: "succeeded", startedAt: ago(3_600_000), finishedAt: ago(3_000_000), progress: { ...progress, phase: "done" } },
    }),
    await db.inventorySyncRun.create({
      data: {
        source: "api",
        status: "failed",
        startedAt: ago(1_800_000),
        heartbeatAt: ago(1_700_000),
        progress,
        error: "The admin API refused the token (401).",
      },
    }),
    await db.inventorySyncRun.create({
      data: { source: "api", status: "running", startedAt: ago(900_000), heartbeatAt: ago(SYNC_STALE_AFTER_MS + 60_000), progress },
    }),
    await db.inventorySyncRun.create({
      data: { source: "api", status: "running", startedAt: ago(60_000), heartbeatAt: ago(5_000), progress: { ...progress, flows: "many" } },
    }),
  ];
  const ids = new Set(made.map((r) => r.id));
  const runs = (await listInventorySyncRuns(db, { take: 50, now })).filter((r) => ids.has(r.id));
  expect(runs.map((r) => r.status)).toEqual(["running", "stalled", "failed", "succeeded"]);
  expect(runs[1]).toMatchObject({
    phase: "flows",
    environmentsDone: 3,
    environmentsTotal: 8,
    apps: 40,
    flows: 310,
    requests: 95,
    throttled: 2,
    finishedAt: null,
  });
  expect(runs[2]!.error).toBe("The admin API refused the token (401).");
  // A progress value that is not a number is shown as 0, not as text.
  expect(runs[0]!.flows).toBe(0);
  expect((await listInventorySyncRuns(db, { take: 1, now })).length).toBe(1);
});
