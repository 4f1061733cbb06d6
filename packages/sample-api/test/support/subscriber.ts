import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export type TReceived = { body: unknown; headers: IncomingHttpHeaders; path: string };

export type TSubscriber = {
  url: string;
  received: TReceived[];
  waitForCount: (count: number) => Promise<void>;
  close: () => Promise<void>;
};

// A real HTTP server standing in for the platform's callback; `statuses` are answered in turn, the last one repeats.
export async function startSubscriber(statuses: number[] = [200]): Promise<TSubscriber> {
  const received: TReceived[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      received.push({ body: text ? JSON.parse(text) : undefined, headers: request.headers, path: request.url ?? "" });
      const status = statuses[Math.min(received.length - 1, statuses.length - 1)] ?? 200;
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/callback`,
    received,
    // Waits for behaviour, not for a duration: the limit only stops a broken run from hanging.
    async waitForCount(count) {
      for (let i = 0; i < 500 && received.length < count; i++) await new Promise((resolve) => setTimeout(resolve, 10));
      if (received.length < count) throw new Error(`expected ${count} callback(s), got ${received.length}`);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function settle(ms = 150): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}
