// How long the real server takes to refuse each crafted upload of the abuse suite (zip bombs and their cousins, deep
// nesting): the server's own time from its request log line (route handler start to answer) and the round trip on
// loopback. Production build served by apps/web/server.ts on a fresh seeded database, as the abuse tests run it.
//   npx tsx apps/web/bench/abuse-refusals.ts [--runs 50]      (TEST_DATABASE_URL for a PostgreSQL server)
import { bombs } from "../../../packages/definitions/test/support/craft-zip.ts";
import { startRealHub } from "../test/support/real-hub.ts";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 50;
const real = await startRealHub({ httpsPublicUrl: true, env: { LOG_LEVEL: "info" } });
// A token with the validate scope: anonymous callers are limited to 60 validations a minute.
const token = await real.token("maker", ["validate"]);

const nested = (levels: number) =>
  `{"swagger":"2.0","info":{"title":"Deep","description":"Deep.","version":"1.0"},"host":"api.contoso.example","basePath":"/","schemes":["https"],"paths":{"/x":{"get":{"operationId":"GetX","summary":"Get x","description":"Gets x.","responses":{"200":{"description":"OK","schema":${'{"type":"object","properties":{"a":'.repeat(levels)}{"type":"string"}${"}}".repeat(levels)}}}}}}}`;
const postman = (depth: number) =>
  `{"info":{"name":"Deep","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},"item":[${'{"name":"f","item":['.repeat(depth)}{"name":"x","request":{"method":"GET","url":"https://api.contoso.example/x"}}${"]}".repeat(depth)}]}`;

const cases: { name: string; body: Uint8Array | string; fileName: string }[] = [
  ...Object.entries(bombs()).map(([name, { zip }]) => ({ name, body: zip, fileName: "bomb.zip" })),
  { name: "definition nested 128 levels", body: nested(64), fileName: "deep.json" },
  { name: "Postman collection, 50,000 nested folders", body: postman(50_000), fileName: "deep.postman.json" },
];

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;
const serverTimes = () =>
  real
    .output()
    .split("\n")
    .filter((l) => l.includes('"route":"validate"') && l.includes('"status":422'))
    .map((l) => (JSON.parse(l) as { ms: number }).ms);

try {
  console.log(`| upload | size | server time median / p95 / max | round trip median / p95 |`);
  console.log(`| --- | --- | --- | --- |`);
  for (const c of cases) {
    const before = serverTimes().length;
    const trips: number[] = [];
    for (let i = 0; i < runs + 5; i++) {
      const started = performance.now();
      const reply = await fetch(`${real.url}/api/v1/validate?fileName=${c.fileName}`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": typeof c.body === "string" ? "application/json" : "application/zip" },
        body: typeof c.body === "string" ? c.body : Buffer.from(c.body),
      });
      await reply.arrayBuffer();
      if (reply.status !== 422) throw new Error(`${c.name}: expected 422, got ${reply.status}`);
      if (i >= 5) trips.push(performance.now() - started); // the first five warm the route up
    }
    await new Promise((r) => setTimeout(r, 200));
    const server = serverTimes().slice(before + 5);
    const size = typeof c.body === "string" ? c.body.length : c.body.byteLength;
    console.log(
      `| ${c.name} | ${(size / 1024).toFixed(1)} KB | ${quantile(server, 0.5)} / ${quantile(server, 0.95)} / ${Math.max(...server)} ms | ${quantile(trips, 0.5).toFixed(1)} / ${quantile(trips, 0.95).toFixed(1)} ms |`,
    );
  }
} catch (error) {
  console.error(error, `\nserver output:\n${real.output().slice(-4000)}`);
  process.exitCode = 1;
} finally {
  await real.stop();
}
