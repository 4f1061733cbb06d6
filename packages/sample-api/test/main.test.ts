import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const PACKAGE_DIR = fileURLToPath(new URL("..", import.meta.url));

function runMain(env: Record<string, string>) {
  return spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: PACKAGE_DIR,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
}

// Each case starts a Node process through tsx, which takes seconds on a busy machine.
describe("npm start (src/main.ts)", { timeout: 60_000 }, () => {
  it("says in one line that the port is taken and exits with 1, without a stack trace", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const result = runMain({ SAMPLE_API_PORT: String(port) });
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split("\n")).toEqual([
        `sample-api: Port ${port} on 127.0.0.1 is already in use; stop what runs there or set SAMPLE_API_PORT to a free port.`,
      ]);
    } finally {
      blocker.close();
    }
  });

  it("refuses a bad SAMPLE_API_PORT with a message naming it", () => {
    const result = runMain({ SAMPLE_API_PORT: "eighty" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe("sample-api: Invalid environment: SAMPLE_API_PORT must be a number.");
  });

  it("starts, prints where it listens and serves the sample index", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: PACKAGE_DIR,
      env: { ...process.env, SAMPLE_API_PORT: "0", LOG_LEVEL: "silent" },
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = "";
        child.stdout.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          const match = /listening on (http:\/\/\S+)/.exec(output);
          if (match?.[1]) resolve(match[1]);
        });
        child.on("exit", (code) => reject(new Error(`exited with ${code}: ${output}`)));
      });
      const index = (await (await fetch(`${url}/`)).json()) as { samples: { variant: string }[] };
      expect(index.samples.map((sample) => sample.variant)).toEqual(["api-key", "basic", "oauth2"]);
    } finally {
      child.kill("SIGTERM");
    }
  });
});
