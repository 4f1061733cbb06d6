// Throughput and latency of the sample API over real HTTP on this machine: `npm run bench`.
import { performance } from "node:perf_hooks";
import { DEMO_API_KEY, DEMO_BASIC_USER, sampleConnectorDefinitions, startSampleApi } from "../src/index.ts";

const REQUESTS = Number(process.argv[2] ?? 2000);
const CONCURRENCY = 8;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function measure(name: string, run: () => Promise<Response>): Promise<void> {
  // A short unmeasured warm-up, so JIT compilation and connection setup are not counted.
  for (let i = 0; i < 100; i++) await (await run()).arrayBuffer();
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next += 1;
        const t0 = performance.now();
        const response = await run();
        await response.arrayBuffer();
        if (response.status >= 400) throw new Error(`${name}: HTTP ${response.status}`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(34)} ${String(Math.round(REQUESTS / seconds)).padStart(6)} req/s  p50 ${percentile(latencies, 50).toFixed(2)} ms  p95 ${percentile(latencies, 95).toFixed(2)} ms`,
  );
}

const api = await startSampleApi({ port: 0, isLogEnabled: false });
const url = api.localUrl;
const basic = `Basic ${Buffer.from(`${DEMO_BASIC_USER.username}:${DEMO_BASIC_USER.password}`).toString("base64")}`;
const form = new URLSearchParams({ grant_type: "client_credentials", client_id: "sample-service", client_secret: "sample-service-demo-secret" });
const { access_token: token } = (await (await fetch(`${url}/oauth2/token`, { method: "POST", body: form })).json()) as { access_token: string };

console.log(`${REQUESTS} requests per line, ${CONCURRENCY} in flight, Node ${process.version}`);
await measure("GET products (API key, 20/page)", () => fetch(`${url}/api-key/v1/products`, { headers: { "x-api-key": DEMO_API_KEY } }));
await measure("GET orders (Basic)", () => fetch(`${url}/basic/v1/orders`, { headers: { authorization: basic } }));
await measure("GET stock (OAuth bearer, ES256)", () => fetch(`${url}/oauth2/v1/stock`, { headers: { authorization: `Bearer ${token}` } }));
let created = 0;
await measure("POST products (API key)", () =>
  fetch(`${url}/api-key/v1/products`, {
    method: "POST",
    headers: { "x-api-key": DEMO_API_KEY, "content-type": "application/json" },
    body: JSON.stringify({ sku: `BENCH-${(created += 1)}`, name: "Bench item", category: "office", unitPrice: 1.5 }),
  }),
);
await measure("GET swagger.json (built per request)", () => fetch(`${url}/oauth2/swagger.json`));
await measure("GET polling trigger (202)", () => fetch(`${url}/api-key/v1/triggers/new-orders`, { headers: { "x-api-key": DEMO_API_KEY } }));

const t0 = performance.now();
for (let i = 0; i < 200; i++) sampleConnectorDefinitions("https://inventory.example.com");
console.log(`sampleConnectorDefinitions x200                ${((performance.now() - t0) / 200).toFixed(3)} ms each`);
await api.close();
