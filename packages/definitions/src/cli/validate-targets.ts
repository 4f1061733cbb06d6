import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { FileReport } from "../report/report-types.ts";
import type { Target } from "./collect-targets.ts";
import { validateTarget, type TargetOptions } from "./validate-target.ts";

export interface ValidateTargetsOptions extends TargetOptions {
  /** Threads validating at once, this one included; 1 validates here only. Default: defaultThreads. */
  threads?: number;
  /** Called once per target when its reports are in (in completion order; the result keeps input order), saying whether a worker validated it. */
  onDone?: (target: Target, isByWorker: boolean) => void;
  /** False leaves every target to the workers (tests use it to see the workers' reports alone). Default true. */
  isValidatingHere?: boolean;
}

/** Below this many targets, starting a worker costs more than it saves. */
export const PARALLEL_MIN_TARGETS = 16;
const MAX_DEFAULT_THREADS = 4;

/** A message from a worker: the reports of one job, or its announcement that no job is left. */
export type TWorkerMessage = { index: number; reports: FileReport[] } | { index: number; error: string } | { done: true };

export interface WorkerJobs {
  targets: Target[];
  /** Indices into targets, biggest first: the order jobs are claimed in. */
  order: number[];
  options: TargetOptions;
  /** One Int32: the next position in `order` to claim, shared by every thread. */
  next: SharedArrayBuffer;
}

/**
 * Half the cores, at most 4: V8's own compiler and garbage-collector threads keep about 0.6 of a core busy
 * beside each validating thread, and each worker pays its own start (loading the modules, about 0.3 s of
 * CPU) and its own compiler warm-up. On 2 cores a worker measured as a loss (the 564 corpus files: 1.9-2.4 s
 * CPU on one thread, 2.9-3.2 s with a worker, wall time no better), so 2 cores stay on one thread.
 */
export function defaultThreads(count: number, cores = availableParallelism()): number {
  return count < PARALLEL_MIN_TARGETS ? 1 : Math.max(1, Math.min(Math.floor(cores / 2), MAX_DEFAULT_THREADS));
}

/** The definition's size on disk, to hand out the biggest files first (a big file last would leave one thread working alone). */
function sizeOf(target: Target): number {
  try {
    return statSync(target.kind === "folder" ? join(target.path, "apiDefinition.swagger.json") : target.path).size;
  } catch {
    return 0;
  }
}

/**
 * Validates every target and returns each one's reports in input order. With more than one thread, this
 * thread and `threads - 1` workers (node:worker_threads, in the same process) claim targets from a shared
 * counter, biggest file first; the reports are the ones `validateTarget` returns here, so the output does
 * not depend on the thread count. A target a worker could not finish is validated again on this thread.
 */
export async function validateTargets(targets: Target[], options: ValidateTargetsOptions): Promise<FileReport[][]> {
  const targetOptions: TargetOptions = {
    certification: options.certification,
    ...(options.agent ? { agent: true } : {}),
    ...(options.keepSource ? { keepSource: true } : {}),
  };
  const threads = Math.min(options.threads ?? defaultThreads(targets.length), targets.length);
  const results: (FileReport[] | undefined)[] = new Array(targets.length);
  const finish = (index: number, reports: FileReport[], isByWorker = false) => {
    results[index] = reports;
    options.onDone?.(targets[index] as Target, isByWorker);
  };
  if (threads <= 1) {
    targets.forEach((target, index) => finish(index, validateTarget(target, targetOptions)));
    return results as FileReport[][];
  }
  const order = targets
    .map((target, index) => ({ index, size: sizeOf(target) }))
    .sort((a, b) => b.size - a.size || a.index - b.index)
    .map((t) => t.index);
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const jobs: WorkerJobs = { targets, order, options: targetOptions, next };
  const isValidatingHere = options.isValidatingHere !== false;
  const workers = Array.from({ length: isValidatingHere ? threads - 1 : threads }, () => startWorker(jobs, finish));
  // This thread claims from the same counter while the workers start; their reports wait in the message queue.
  for (let at = isValidatingHere ? Atomics.add(counter, 0, 1) : order.length; at < order.length; at = Atomics.add(counter, 0, 1)) {
    const index = order[at] as number;
    finish(index, validateTarget(targets[index] as Target, targetOptions));
  }
  await Promise.all(workers);
  targets.forEach((target, index) => {
    if (results[index] === undefined) finish(index, validateTarget(target, targetOptions));
  });
  return results as FileReport[][];
}

/** Starts a worker on the shared jobs; resolves when it has claimed all it will, or stopped. */
function startWorker(jobs: WorkerJobs, finish: (index: number, reports: FileReport[], isByWorker: boolean) => void): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./validate-worker.mjs", import.meta.url), { workerData: jobs });
    let isSettled = false;
    const settle = () => {
      if (isSettled) return;
      isSettled = true;
      void worker.terminate();
      resolve();
    };
    worker.on("message", (message: TWorkerMessage) => {
      if ("done" in message) settle();
      // A job that failed in the worker is left without a result and run again here, where the same error surfaces as it would without workers.
      else if ("reports" in message) finish(message.index, message.reports, true);
    });
    worker.on("error", settle);
    worker.on("exit", settle);
  });
}
