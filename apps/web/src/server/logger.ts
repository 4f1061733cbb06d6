import "server-only";
import pino from "pino";

// Structured JSON logs on stdout. Secrets never reach them: anything that looks like one is redacted by path.
/** What the logger blanks out: headers with credentials, and any field named like a secret, at any depth of one. */
export const LOG_REDACTION = {
  paths: [
    "req.headers.authorization",
    "req.headers.cookie",
    "*.password",
    "*.secret",
    "*.token",
    "*.apiKey",
    "*.accessToken",
    "*.refreshToken",
    "*.clientSecret",
    "*.connection",
    "*.sealed",
    "headers.authorization",
    "headers.cookie",
  ],
  censor: "[redacted]",
};

export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "connector-hub-web" },
  redact: LOG_REDACTION,
});
