// Which failures of the database itself are told as such at the HTTP edge (503 + Retry-After, 507): real errors
// from Prisma through the driver adapter, not hand-made objects.
import { afterAll, describe, expect, inject, it } from "vitest";
import { databaseFailure } from "../src/app-error.ts";
import { createDb } from "../src/client.ts";

const db = createDb(inject("databaseUrl"), { poolSize: 2 });
afterAll(() => db.$disconnect());
const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe("database failures at the edge", () => {
  it("a server nobody listens for is 'unreachable', with the seconds to wait", async () => {
    const down = createDb("postgresql://hub:pw@127.0.0.1:1/nothing", { poolSize: 1 });
    const error = await caught(down.user.count());
    await down.$disconnect();
    expect(databaseFailure(error)).toMatchObject({ code: "UNAVAILABLE", details: { retryAfterSeconds: 5 } });
    expect(databaseFailure(error)?.message).toMatch(/^The database is unreachable right now.*\/api\/health says which part is down/);
  });

  it("a connection the server ends (shutdown, crash) is 'unreachable' too", async () => {
    const error = await caught(db.$executeRawUnsafe("SELECT pg_terminate_backend(pg_backend_pid())"));
    expect(databaseFailure(error)).toMatchObject({ code: "UNAVAILABLE" });
  });

  it("PostgreSQL's disk_full (53100), also inside a transaction, is 507 with what to do", async () => {
    const raise = "DO $$ BEGIN RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = '53100'; END $$";
    for (const error of [await caught(db.$executeRawUnsafe(raise)), await caught(db.$transaction((tx) => tx.$executeRawUnsafe(raise)))]) {
      expect(databaseFailure(error)).toMatchObject({ code: "INSUFFICIENT_STORAGE" });
      expect(databaseFailure(error)?.message).toContain("free space on the database server");
    }
  });

  it("everything else stays unexpected (a unique clash, a syntax error)", async () => {
    expect(databaseFailure(await caught(db.$executeRawUnsafe("SELEC 1")))).toBeNull();
    expect(databaseFailure(new Error("boom"))).toBeNull();
  });
});
