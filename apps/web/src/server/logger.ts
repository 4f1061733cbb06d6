import "server-only";
import pino from "pino";

// Structured JSON logs on stdout. Secrets never reach them: anything that looks like one is redacted by path.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "connector-hub-web" },
  redact: {
    paths: ["req.headers.authorization", "req.headers.cookie", "*.password", "*.secret", "*.token", "*.apiKey", "headers.authorization", "headers.cookie"],
    censor: "[redacted]",
  },
});
