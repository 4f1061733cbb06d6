// Runs a command with DATABASE_URL set: the configured server, or the embedded PostgreSQL (started for the
// command and stopped after it, unless another process of the hub already runs it).
//   tsx scripts/with-db.ts prisma migrate dev --name add-x
import { spawn } from "node:child_process";
import { connectDatabase, HubConfigError } from "@connector-hub/db/node";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: tsx scripts/with-db.ts <command> [args...]");
  process.exit(2);
}
try {
  const db = await connectDatabase((line) => console.error(line));
  const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: db.url }, shell: false });
  const code: number = await new Promise((resolve) => child.on("exit", (c, signal) => resolve(c ?? (signal ? 1 : 0))));
  await db.stop();
  process.exit(code);
} catch (error) {
  if (error instanceof HubConfigError) {
    console.error(`error: ${error.message}`);
    process.exit(error.exitCode);
  }
  throw error;
}
