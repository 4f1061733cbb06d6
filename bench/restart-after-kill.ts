// Recovery benchmark of `npm start` (not a test): starts the hub on free loopback ports in a data folder of its own,
// then for each part kills it with SIGKILL and measures the time until it serves again (the supervisor's back-off
// plus the part's own start). Each part is killed --rounds times; the median, min and max go in BENCHMARKS.md.
//
//   npx tsx bench/restart-after-kill.ts [--rounds 3]
//
// "Serves again": web server and embedded PostgreSQL: GET /api/health answers 200 (the database reachable and
// migrated); sample API: GET /api-key/swagger.json answers 200; sign-in provider: its OpenID discovery document
// answers 200 over HTTPS with its own certificate.
import { readFileSync, rmSync } from "node:fs";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { hubPorts, makeDataFolder, sleep, startHub } from "../tests/faults/test/hub.ts";

const { values: args } = parseArgs({ options: { rounds: { type: "string", default: "3" } } });
const ROUNDS = Number(args.rounds);

const dataDir = makeDataFolder();
const ports = await hubPorts();
const hub = startHub(dataDir, ports);
const startedAt = Date.now();
await hub.waitFor(/Connector Hub is up at/, 600_000);
console.log(
  `hub up after ${((Date.now() - startedAt) / 1000).toFixed(1)} s (first start: initdb, migrations, seed, and the build: its environment differs from any earlier one)`,
);

function httpsOk(url: string, ca: Buffer): Promise<boolean> {
  return new Promise((resolve) => {
    const request = https.get(url, { ca, timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on("error", () => resolve(false));
    request.on("timeout", () => request.destroy());
  });
}

async function ok(url: string): Promise<boolean> {
  if (url.startsWith("https:")) return httpsOk(url, readFileSync(path.join(dataDir, "oidc", "cert.pem")));
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2000) })).status === 200;
  } catch {
    return false;
  }
}

const web = `http://127.0.0.1:${ports.web}/api/health`;
const parts = [
  { name: "web server", url: web },
  { name: "sample API", url: `http://127.0.0.1:${ports.sampleApi}/api-key/swagger.json` },
  { name: "local sign-in provider", url: `https://127.0.0.1:${ports.oidc}/.well-known/openid-configuration` },
  { name: "embedded PostgreSQL", url: web },
];

function currentPid(name: string): number {
  if (name === "embedded PostgreSQL") return Number(readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
  const matches = [...hub.output().matchAll(new RegExp(`The ${name} runs (?:again )?\\(pid (\\d+)\\)`, "g"))];
  return Number(matches.at(-1)![1]);
}

const rows: string[] = [];
for (const part of parts) {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const pid = currentPid(part.name);
    const killedAt = performance.now();
    process.kill(pid, "SIGKILL");
    // Wait until it was seen down, so a health answer from before the kill is not counted.
    await hub.waitFor(new RegExp(`The ${part.name} \\(pid ${pid}\\) stopped`), 30_000, 0);
    while (!(await ok(part.url))) await sleep(25);
    times.push(performance.now() - killedAt);
    // Leave the back-off window's count low between rounds, as real faults are rarer than this.
    await sleep(1000);
  }
  times.sort((a, b) => a - b);
  const s = (ms: number) => (ms / 1000).toFixed(2);
  console.log(`${part.name}: median ${s(times[Math.floor(times.length / 2)]!)} s (min ${s(times[0]!)}, max ${s(times.at(-1)!)}) over ${ROUNDS} kills`);
  rows.push(`| ${part.name} | ${s(times[Math.floor(times.length / 2)]!)} s | ${s(times[0]!)} s | ${s(times.at(-1)!)} s | ${ROUNDS} |`);
}
console.log(`\n| part killed with -9 | median to healthy | min | max | kills |\n| --- | --- | --- | --- | --- |\n${rows.join("\n")}`);
console.log(
  `(${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")})`,
);
hub.child.kill("SIGTERM");
await hub.exited;
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
