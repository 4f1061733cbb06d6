import { parentPort, workerData } from "node:worker_threads";
import type { Target } from "./collect-targets.ts";
import { validateTarget } from "./validate-target.ts";
import type { TWorkerMessage, WorkerJobs } from "./validate-targets.ts";

/** Claims jobs from the shared counter until none is left, posting each job's reports as it finishes. */
function run(jobs: WorkerJobs): void {
  const counter = new Int32Array(jobs.next);
  const post = (message: TWorkerMessage) => parentPort?.postMessage(message);
  for (let at = Atomics.add(counter, 0, 1); at < jobs.order.length; at = Atomics.add(counter, 0, 1)) {
    const index = jobs.order[at] as number;
    try {
      post({ index, reports: validateTarget(jobs.targets[index] as Target, jobs.options) });
    } catch (error) {
      post({ index, error: error instanceof Error ? error.message : String(error) });
    }
  }
  post({ done: true });
}

run(workerData as WorkerJobs);
