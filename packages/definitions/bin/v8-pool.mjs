// The size of V8's platform thread pool for the CLI's process, and the re-run that applies it.
//
// V8 compiles hot functions (TurboFan) and collects garbage on a pool of platform threads beside the main thread:
// four of them, whatever the machine (Node's --v8-pool-size default). Validating many files is one main thread
// warming up, so on a machine with few cores those threads take turns with it on its own core: on 2 cores, the 564
// corpus files took 1.13 s wall for 0.79 s of main-thread CPU with four pool threads, and 0.82 s for 0.82 s with
// one (medians of eight cold processes; BENCHMARKS.md, "Validator over the shared corpus"). The size can only be
// given when Node starts, so the bin runs itself again with it.
import { spawn } from "node:child_process";
import { availableParallelism, constants } from "node:os";
import { fileURLToPath } from "node:url";

/** Node's own pool size (its --v8-pool-size default). */
export const NODE_V8_POOL_SIZE = 4;

/**
 * The pool for a machine of `cores`: one core left to the main thread, never more than Node's default. Undefined
 * when Node's default already leaves the main thread a core of its own (5 cores and more): no re-run there.
 */
export function v8PoolSizeFor(cores) {
  const size = Math.max(1, Math.min(NODE_V8_POOL_SIZE, cores - 1));
  return size < NODE_V8_POOL_SIZE ? size : undefined;
}

/** The node flags the CLI runs with on this machine (what the benchmark gives its own runs too). */
export function cliNodeFlags(cores = availableParallelism()) {
  const size = v8PoolSizeFor(cores);
  return size === undefined ? [] : [`--v8-pool-size=${size}`];
}

/** The node flags this process was started with, on its command line and in NODE_OPTIONS, spelled with "-" (Node also takes "_"). */
function givenNodeFlags() {
  return [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].map((flag) => {
    const at = flag.indexOf("=");
    return at < 0 ? flag.replaceAll("_", "-") : flag.slice(0, at).replaceAll("_", "-") + flag.slice(at);
  });
}

/** Whether the pool was already sized for this process, by the user or by an earlier run of this entry. */
function isPoolSized(flags) {
  return flags.some((flag) => flag === "--v8-pool-size" || flag.startsWith("--v8-pool-size="));
}

/**
 * A process being debugged, profiled or watched stays one process, so that the debugger, the profile or `node --watch`
 * (which learns the files to watch over its own IPC channel) sees the work.
 */
const ONE_PROCESS_FLAGS = /^--(inspect|inspect-brk|inspect-wait|cpu-prof|heap-prof|prof|watch)(=|-|$)/;

function mustStayOneProcess(flags) {
  return flags.some((flag) => ONE_PROCESS_FLAGS.test(flag)) || process.env.WATCH_REPORT_DEPENDENCIES !== undefined;
}

/**
 * Passed on to the child. A Ctrl-C at a terminal reaches both processes, so the child then gets SIGINT twice (the CLI
 * has no SIGINT handler of its own; Node's default ends it at the first).
 */
const FORWARDED_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
/** Set in the re-run's environment (and removed there at once), so that it knows the first process waits for it. */
const RERUN_MARK = "CONNECTOR_HUB_V8_POOL_RERUN";

/**
 * In the re-run: end when the first process is gone. A SIGKILL cannot be passed on, so without this the work would
 * go on alone; the IPC channel between the two closes when the first process dies, whatever killed it. The channel
 * is unreferenced, so it never keeps the work running.
 */
function endWithFirstProcess() {
  delete process.env[RERUN_MARK];
  if (!process.channel) return;
  // The first process may have died while this one was starting: its channel is then closed already.
  if (!process.connected) process.exit(1);
  process.channel.unref();
  process.once("disconnect", () => process.exit(1));
}

/**
 * Runs the entry at `entryUrl` again in a child Node with the pool sized for this machine, the same arguments and the
 * same standard streams, and resolves to true once the child has ended (this process then exits as it did: its exit
 * code, or its signal raised again here). Resolves to false when no re-run is needed or the child could not start, so
 * that the caller runs the command in this process as before.
 */
export function runWithSizedPool(entryUrl) {
  if (process.env[RERUN_MARK] === "1") {
    endWithFirstProcess();
    return Promise.resolve(false);
  }
  const flags = cliNodeFlags();
  const given = givenNodeFlags();
  // Windows has no SIGHUP to pass on and ends a child at once on SIGINT: no re-run there.
  if (flags.length === 0 || process.platform === "win32" || isPoolSized(given) || mustStayOneProcess(given)) return Promise.resolve(false);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, ...flags, fileURLToPath(entryUrl), ...process.argv.slice(2)], {
      stdio: ["inherit", "inherit", "inherit", "ipc"],
      env: { ...process.env, [RERUN_MARK]: "1" },
    });
    // The channel is only there to close when this process dies; it must not keep this process alive either.
    child.channel?.unref();
    // A signal sent to this process alone (a supervisor's SIGTERM) reaches the child too; Ctrl-C reaches both anyway.
    const forward = (signal) => child.kill(signal);
    for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
    const stopForwarding = () => {
      for (const signal of FORWARDED_SIGNALS) process.off(signal, forward);
    };
    child.once("error", () => {
      // Only a child that never started falls back to this process; a failed kill leaves it running to its end.
      if (child.pid !== undefined) return;
      stopForwarding();
      resolve(false);
    });
    child.once("exit", (code, signal) => {
      stopForwarding();
      if (signal) {
        // The shell's code for a signal, kept if raising the signal here does not end this process.
        process.exitCode = 128 + (constants.signals[signal] ?? 0);
        process.kill(process.pid, signal);
      } else process.exitCode = code ?? 1;
      resolve(true);
    });
  });
}
