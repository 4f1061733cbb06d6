import { readEnv } from "./env.ts";
import { createRemoteTokenVerifier } from "./auth/verify-access-token.ts";
import { PortInUseError, startSampleApi } from "./start-sample-api.ts";

// `npm start`: problems the operator can fix are one line on stderr and exit code 1, never a stack trace.
const parsed = readEnv();
if ("error" in parsed) {
  process.stderr.write(`sample-api: ${parsed.error}\n`);
  process.exit(1);
}
const { env } = parsed;
try {
  const running = await startSampleApi({
    port: env.SAMPLE_API_PORT,
    host: env.SAMPLE_API_HOST,
    publicUrl: env.SAMPLE_API_PUBLIC_URL,
    logLevel: env.LOG_LEVEL,
    ...(env.SAMPLE_API_OAUTH_JWKS_URL && env.SAMPLE_API_OAUTH_ISSUER && env.SAMPLE_API_OAUTH_AUDIENCE
      ? {
          verifyAccessToken: createRemoteTokenVerifier({
            jwksUrl: env.SAMPLE_API_OAUTH_JWKS_URL,
            issuer: env.SAMPLE_API_OAUTH_ISSUER,
            audience: env.SAMPLE_API_OAUTH_AUDIENCE,
          }),
        }
      : {}),
  });
  process.stdout.write(`sample-api: listening on ${running.url} (samples under /api-key/v1, /basic/v1, /oauth2/v1)\n`);
  const stop = () => {
    void running.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  const message = error instanceof PortInUseError ? error.message : `could not start: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`sample-api: ${message}\n`);
  process.exit(1);
}
