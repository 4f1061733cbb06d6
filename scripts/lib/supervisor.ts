// The supervisor of `npm start`: each part of the hub (embedded PostgreSQL, sample API, local sign-in provider, web
// server) runs as its own process; when one dies, for whatever reason (an exit code, or a signal such as kill -9 or
// the out-of-memory killer), it is restarted with back-off. When one keeps dying, everything is stopped and the
// supervisor exits non-zero, so a service manager can take over. Stopping never hangs: every stop has a deadline.
import type { ChildProcess } from "node:child_process";

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunningPart {
  pid: number | null;
  /** Settles when the part has stopped, however it stopped. */
  exited: Promise<ExitInfo>;
  stop(): Promise<void>;
}

export interface PartSpec {
  /** As the messages name it: "web server", "sample API", ... */
  name: string;
  /** Starts the part and resolves once it serves. */
  start(): Promise<RunningPart>;
}

/** Back-off between restarts of one part: 0.5 s, then 1, 2, 4, 8 s; a sixth death within the window gives up. */
export const RESTART_DELAYS_MS = [500, 1000, 2000, 4000, 8000];
export const RESTART_WINDOW_MS = 5 * 60_000;

export function describeExit(info: ExitInfo): string {
  return info.signal ? `killed by ${info.signal}` : `exit code ${info.code}`;
}

/** Settles when the child exits, also when it already has (a child killed by a signal has exitCode null). */
export function exitOf(child: ChildProcess): Promise<ExitInfo> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the child is gone. */
export async function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  const exited = exitOf(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

interface Entry {
  spec: PartSpec;
  running: RunningPart;
  deaths: number[];
}

export class Supervisor {
  private readonly entries: Entry[] = [];
  private stopping = false;

  constructor(
    private readonly say: (line: string) => void,
    /** Called when a part could not be kept running: stop everything and exit non-zero. */
    private readonly giveUp: (reason: string) => void,
  ) {}

  /** Starts a part (an error here is the caller's: the hub did not come up) and keeps it running from then on. */
  async add(spec: PartSpec): Promise<RunningPart> {
    const running = await spec.start();
    this.say(`The ${spec.name} runs (pid ${running.pid ?? "?"}).`);
    const entry: Entry = { spec, running, deaths: [] };
    this.entries.push(entry);
    this.watch(entry);
    return running;
  }

  private watch(entry: Entry): void {
    const watched = entry.running;
    void watched.exited.then((info) => {
      if (this.stopping || entry.running !== watched) return;
      this.say(`The ${entry.spec.name} (pid ${watched.pid ?? "?"}) stopped (${describeExit(info)}).`);
      void this.restart(entry);
    });
  }

  private async restart(entry: Entry): Promise<void> {
    for (;;) {
      const now = Date.now();
      entry.deaths = entry.deaths.filter((t) => now - t < RESTART_WINDOW_MS);
      if (entry.deaths.length >= RESTART_DELAYS_MS.length) {
        this.giveUp(`The ${entry.spec.name} stopped ${entry.deaths.length + 1} times within ${RESTART_WINDOW_MS / 60_000} minutes; stopping everything.`);
        return;
      }
      const delay = RESTART_DELAYS_MS[entry.deaths.length]!;
      entry.deaths.push(now);
      this.say(
        `Restarting the ${entry.spec.name} in ${delay / 1000} s (restart ${entry.deaths.length} of ${RESTART_DELAYS_MS.length} allowed within ${RESTART_WINDOW_MS / 60_000} minutes).`,
      );
      await new Promise((r) => setTimeout(r, delay));
      if (this.stopping) return;
      try {
        entry.running = await entry.spec.start();
        this.say(`The ${entry.spec.name} runs again (pid ${entry.running.pid ?? "?"}).`);
        this.watch(entry);
        return;
      } catch (error) {
        this.say(`The ${entry.spec.name} did not start: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  /** Stops every part, the last started first, each within its own deadline. */
  async stopAll(): Promise<void> {
    this.stopping = true;
    for (const entry of [...this.entries].reverse()) {
      await Promise.race([entry.running.stop().catch(() => {}), new Promise((r) => setTimeout(r, 20_000))]);
    }
  }
}
