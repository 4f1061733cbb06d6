// The MCP client's fetch ends a request when the SDK says it no longer wants it (init.signal), as fetch does: an
// event stream left open would otherwise hold a connection to the server until the discovery's deadline.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createCheckedFetch } from "../src/server/mcp/checked-fetch.ts";

let server: Server;
let url: string;
const closed: Promise<void>[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    // An event stream that never ends, as an MCP server's GET stream does.
    closed.push(new Promise((resolve) => request.socket.on("close", () => resolve())));
    response.writeHead(200, { "content-type": "text/event-stream" });
    response.write(": open\n\n");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const fetchFor = (deadline: AbortSignal) => createCheckedFetch({ connectorHost: new URL(url).host, allowLoopback: true, maxBytes: 1 << 20, signal: deadline });

it("the SDK's abort of an open event stream closes the connection, long before the discovery's deadline", async () => {
  const deadline = new AbortController();
  const sdk = new AbortController();
  const response = await fetchFor(deadline.signal)(url, { method: "GET", signal: sdk.signal });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  expect(new TextDecoder().decode((await reader.read()).value)).toContain(": open");
  sdk.abort();
  await closed[0];
  await expect(reader.read()).rejects.toBeDefined();
  expect(deadline.signal.aborted).toBe(false);
});

it("a request the SDK aborts before the answer rejects with the SDK's own AbortError", async () => {
  const sdk = new AbortController();
  sdk.abort();
  await expect(fetchFor(new AbortController().signal)(url, { method: "GET", signal: sdk.signal })).rejects.toMatchObject({ name: "AbortError" });
});
