// Entry of a validation worker thread (see validate-targets.ts). Workers do not inherit the loader that
// runs TypeScript in the main thread, so this plain module registers tsx before loading the worker's code.
import { register } from "tsx/esm/api";

register();
await import("./validate-worker-loop.ts");
