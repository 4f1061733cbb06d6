import "server-only";
import { z } from "zod";
import { HubConfigError } from "@connector-hub/db";
import { formatZodIssues } from "@connector-hub/governance";

// The web app's settings, parsed once. Read lazily so `next build` needs no database.
const ZEnv = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set: start the hub with `npm start` (embedded database) or set it to a PostgreSQL server." })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  HUB_PUBLIC_URL: z.url().default("http://localhost:3000"),
  /** Seconds a catalog page (items and facet counts) computed by this instance is reused for the same query and viewer; 0 turns it off. */
  HUB_CATALOG_CACHE_SECONDS: z.coerce.number({ error: "HUB_CATALOG_CACHE_SECONDS must be a number of seconds, like 5." }).min(0).max(3600).default(5),
});

export type TEnv = z.infer<typeof ZEnv>;
let parsed: TEnv | undefined;

export function env(): TEnv {
  if (!parsed) {
    const result = ZEnv.safeParse(process.env);
    if (!result.success) {
      throw new HubConfigError(`Invalid configuration: ${formatZodIssues(result.error, { root: "settings" })}`);
    }
    parsed = result.data;
  }
  return parsed;
}

// Sign-in settings, parsed on first use so pages that need no sign-in never fail on them. `npm start` fills them for
// the local OpenID provider when no Entra settings are given.
const ZAuthEnv = z
  .object({
    ENTRA_TENANT_ID: z
      .string({ error: "ENTRA_TENANT_ID is not set: give your Entra tenant id, or start with `npm start` to use the local sign-in provider." })
      .min(1),
    ENTRA_CLIENT_ID: z.string({ error: "ENTRA_CLIENT_ID is not set: give the application (client) id of the hub's app registration." }).min(1),
    ENTRA_CLIENT_SECRET: z.string().min(1).optional(),
    ENTRA_CLIENT_CERTIFICATE_THUMBPRINT: z
      .string()
      .regex(/^[0-9A-Fa-f]{64}$/, "ENTRA_CLIENT_CERTIFICATE_THUMBPRINT must be the certificate's SHA-256 thumbprint (64 hex digits).")
      .optional(),
    ENTRA_CLIENT_CERTIFICATE_KEY_FILE: z.string().min(1).optional(),
    /** Defaults to https://login.microsoftonline.com/<tenant>; any other authority is treated as a plain OpenID provider. */
    ENTRA_AUTHORITY: z.url({ error: "ENTRA_AUTHORITY must be a URL such as https://login.microsoftonline.com/<tenant>." }).optional(),
    ENTRA_REDIRECT_URI: z.url({ error: "ENTRA_REDIRECT_URI must be the full callback URL, e.g. https://hub.contoso.com/auth/callback." }).optional(),
    /** Extra CA certificate (PEM file) the server trusts when calling the authority: the local provider's. */
    HUB_OIDC_CA_FILE: z.string().min(1).optional(),
    HUB_SESSION_SECRET: z
      .string({ error: "HUB_SESSION_SECRET is not set: give at least 32 random characters (e.g. `openssl rand -base64 32`)." })
      .min(32, "HUB_SESSION_SECRET must be at least 32 characters (e.g. `openssl rand -base64 32`)."),
    HUB_SESSION_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 14)
      .default(8),
    HUB_PUBLIC_URL: z.url().default("http://localhost:3000"),
  })
  .refine((e) => e.ENTRA_CLIENT_SECRET || (e.ENTRA_CLIENT_CERTIFICATE_THUMBPRINT && e.ENTRA_CLIENT_CERTIFICATE_KEY_FILE), {
    error: "Give ENTRA_CLIENT_SECRET, or ENTRA_CLIENT_CERTIFICATE_THUMBPRINT with ENTRA_CLIENT_CERTIFICATE_KEY_FILE.",
  });

export type TAuthEnv = z.infer<typeof ZAuthEnv>;
let parsedAuth: TAuthEnv | undefined;

export function authEnv(): TAuthEnv {
  if (!parsedAuth) {
    const result = ZAuthEnv.safeParse(process.env);
    if (!result.success) {
      throw new HubConfigError(`Invalid sign-in configuration: ${formatZodIssues(result.error, { root: "settings" })}`);
    }
    parsedAuth = result.data;
  }
  return parsedAuth;
}

// Test tab (issue 10): test calls may reach loopback APIs in development, or in a production build that runs beside
// a local API (`npm start` with the sample API sets HUB_TEST_CALLS_ALLOW_LOOPBACK=true); never otherwise.
const ZTestCallEnv = z.object({
  HUB_TEST_CALLS_ALLOW_LOOPBACK: z.enum(["true", "false"], { error: "HUB_TEST_CALLS_ALLOW_LOOPBACK must be true or false." }).optional(),
  NODE_ENV: z.string().optional(),
});

export function testCallsAllowLoopback(): boolean {
  const result = ZTestCallEnv.safeParse(process.env);
  if (!result.success) throw new HubConfigError(`Invalid configuration: ${formatZodIssues(result.error, { root: "settings" })}`);
  const flag = result.data.HUB_TEST_CALLS_ALLOW_LOOPBACK;
  return flag ? flag === "true" : result.data.NODE_ENV !== "production";
}

// Sharing notifications: an optional incoming webhook (Teams or Slack) told of every sharing-request state change.
const ZSharingEnv = z.object({
  HUB_SHARING_WEBHOOK_URL: z
    .url({ error: "HUB_SHARING_WEBHOOK_URL must be the full URL of an incoming webhook (Teams or Slack), or unset." })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  HUB_PUBLIC_URL: z.url().default("http://localhost:3000"),
});
let parsedSharing: z.infer<typeof ZSharingEnv> | undefined;

export function sharingEnv(): z.infer<typeof ZSharingEnv> {
  if (!parsedSharing) {
    const result = ZSharingEnv.safeParse(process.env);
    if (!result.success) throw new HubConfigError(`Invalid configuration: ${formatZodIssues(result.error, { root: "settings" })}`);
    parsedSharing = result.data;
  }
  return parsedSharing;
}
