// apps/web/server.ts's check before a page: which requests are a person's pages, and whether the database's port
// answers (a real listening socket, then the same port closed).
import net from "node:net";
import { describe, expect, it } from "vitest";
import { createDatabaseProbe, databaseAddress, isPageRequest } from "@/server/database-probe.ts";

describe("isPageRequest", () => {
  it.each([
    ["GET", "/connectors", { accept: "text/html,application/xhtml+xml" }, true],
    ["HEAD", "/", {}, true],
    ["GET", "/connectors/parcels?tab=test", { accept: "*/*" }, true],
    ["GET", "/api/v1/connectors", { accept: "text/html" }, false],
    ["GET", "/_next/static/chunks/app.js", { accept: "*/*" }, false],
    ["GET", "/icon.svg", { accept: "image/*" }, false],
    ["GET", "/connectors", { accept: "*/*", rsc: "1" }, false],
    ["POST", "/connectors/new", { accept: "text/html" }, false],
  ] as const)("%s %s %j → %s", (method, url, headers, expected) => {
    expect(isPageRequest(method, url, headers)).toBe(expected);
  });
});

describe("the database probe", () => {
  it("reads host and port from DATABASE_URL, and leaves out what TCP cannot reach", () => {
    expect(databaseAddress("postgresql://hub:pw@db.internal:6543/hub")).toEqual({ host: "db.internal", port: 6543 });
    expect(databaseAddress("postgresql://hub@[::1]/hub")).toEqual({ host: "::1", port: 5432 });
    expect(databaseAddress("postgresql://hub@localhost/hub?host=/var/run/postgresql")).toBeNull();
    expect(databaseAddress(undefined)).toBeNull();
  });

  it("says reachable while the port answers and unreachable once it is closed", async () => {
    const server = net.createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as net.AddressInfo;
    const probe = createDatabaseProbe(`postgresql://hub@127.0.0.1:${port}/hub`, { freshMs: 0 });
    expect(await probe.isReachable()).toBe(true);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(await probe.isReachable()).toBe(false);
    expect(await createDatabaseProbe(undefined).isReachable()).toBe(true);
  });
});
