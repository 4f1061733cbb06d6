// Preloaded (NODE_OPTIONS=--require) into every process `npm start` runs: when the process that started it is gone
// (the supervisor killed with -9, or a parent of its own), it exits too, so no orphan keeps a port held.
"use strict";
const parent = process.ppid;
if (parent > 1) {
  setInterval(() => {
    if (process.ppid !== parent) process.exit(1);
  }, 500).unref();
}
