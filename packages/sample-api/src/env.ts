import { z } from "zod";

// The only place this package reads process.env.
const ZEnv = z.object({
  SAMPLE_API_PORT: z.coerce
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(0, "must be 0 to 65535")
    .max(65535, "must be 0 to 65535")
    .default(3001),
  SAMPLE_API_HOST: z.string().min(1).default("127.0.0.1"),
  SAMPLE_API_PUBLIC_URL: z.url({ protocol: /^https?$/, message: "must be an http or https URL such as https://inventory.example.com" }).optional(),
  // Set all three to trust an OpenID provider's access tokens instead of the built-in token endpoint's.
  SAMPLE_API_OAUTH_JWKS_URL: z.url({ message: "must be the URL of the provider's JSON Web Key Set" }).optional(),
  SAMPLE_API_OAUTH_ISSUER: z.string().min(1).optional(),
  SAMPLE_API_OAUTH_AUDIENCE: z.string().min(1).optional(),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { message: "must be one of fatal, error, warn, info, debug, trace, silent" })
    .default("info"),
});

const ZEnvChecked = ZEnv.refine(
  (env) => [env.SAMPLE_API_OAUTH_JWKS_URL, env.SAMPLE_API_OAUTH_ISSUER, env.SAMPLE_API_OAUTH_AUDIENCE].filter(Boolean).length % 3 === 0,
  {
    message: "set SAMPLE_API_OAUTH_JWKS_URL, SAMPLE_API_OAUTH_ISSUER and SAMPLE_API_OAUTH_AUDIENCE together, or none of them",
    path: ["SAMPLE_API_OAUTH_JWKS_URL"],
  },
);

export type TEnv = z.infer<typeof ZEnv>;

export function parseEnv(source: Record<string, string | undefined>): { env: TEnv } | { error: string } {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const result = ZEnvChecked.safeParse(cleaned);
  if (result.success) return { env: result.data };
  const details = result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
  return { error: `Invalid environment: ${details.join("; ")}.` };
}

export function readEnv(): { env: TEnv } | { error: string } {
  return parseEnv(process.env);
}
