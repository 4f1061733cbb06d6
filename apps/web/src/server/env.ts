import { z } from "zod";

// The web app's settings, parsed once. Read lazily so `next build` needs no database.
const ZEnv = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set: start the hub with `npm start` (embedded database) or set it to a PostgreSQL server." })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  HUB_PUBLIC_URL: z.url().default("http://localhost:3000"),
});

export type TEnv = z.infer<typeof ZEnv>;
let parsed: TEnv | undefined;

export function env(): TEnv {
  if (!parsed) {
    const result = ZEnv.safeParse(process.env);
    if (!result.success) {
      throw new Error(`Invalid configuration: ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    }
    parsed = result.data;
  }
  return parsed;
}
