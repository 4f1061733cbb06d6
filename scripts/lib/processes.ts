import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import net from "node:net";

export function isPortFree(port: number, host = "0.0.0.0"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** Runs a command to completion, inheriting the terminal; resolves to its exit code. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", ...options });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on("error", () => resolve(127));
  });
}

/** Polls a URL until it answers 2xx, or gives up after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs: number, child?: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) return false;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

/** Polls a URL until it answers at all (any status: the part is serving), or gives up after `timeoutMs`. */
export async function waitForAnswer(url: string, timeoutMs: number, child?: ChildProcess, init?: RequestInit): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) return false;
    try {
      await fetch(url, { ...init, signal: AbortSignal.timeout(2000) });
      return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

const READY = "HUB_READY ";
const FAILED = "HUB_FAILED ";

/** In a child of `npm start`: tells the supervisor it serves, with what it should know. */
export function announceReady(info: Record<string, unknown>): void {
  process.stdout.write(`${READY}${JSON.stringify(info)}\n`);
}

/** In a child of `npm start`: tells the supervisor why it could not start (one line), and exits. */
export function announceFailure(message: string, exitCode: number): never {
  process.stdout.write(`${FAILED}${JSON.stringify({ message, exitCode })}\n`);
  process.exit(exitCode);
}

/**
 * Starts a child that announces itself (announceReady / announceFailure); its other output goes to ours. Resolves with
 * what it announced; rejects with its failure, or when it exits first.
 */
export function spawnAnnounced(command: string, args: string[], options: SpawnOptions): { child: ChildProcess; ready: Promise<Record<string, unknown>> } {
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "inherit"] });
  const ready = new Promise<Record<string, unknown>>((resolve, reject) => {
    let buffer = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (line.startsWith(READY)) resolve(JSON.parse(line.slice(READY.length)) as Record<string, unknown>);
        else if (line.startsWith(FAILED)) {
          const failure = JSON.parse(line.slice(FAILED.length)) as { message: string; exitCode: number };
          reject(Object.assign(new Error(failure.message), { exitCode: failure.exitCode }));
        } else process.stdout.write(`${line}\n`);
      }
    });
    child.once("error", (error) => reject(error));
    child.once("exit", (code, signal) =>
      reject(Object.assign(new Error(`it exited (${signal ?? `exit code ${code}`}) before it served`), { exitCode: code ?? 1 })),
    );
  });
  ready.catch(() => {});
  return { child, ready };
}
