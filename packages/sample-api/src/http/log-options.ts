import type { FastifyRequest } from "fastify";

export type TLogSink = { write: (line: string) => void };

// Query values that act as credentials: OAuth codes and tokens, and the platform's signed callback URLs (sig).
const SENSITIVE_QUERY_KEYS = new Set(["code", "code_verifier", "client_secret", "access_token", "refresh_token", "sig", "api_key", "password", "token"]);

export function redactQuery(url: string): string {
  const mark = url.indexOf("?");
  if (mark < 0) return url;
  const params = new URLSearchParams(url.slice(mark + 1));
  for (const key of [...params.keys()]) if (SENSITIVE_QUERY_KEYS.has(key.toLowerCase())) params.set(key, "[redacted]");
  return `${url.slice(0, mark)}?${params.toString()}`;
}

export type TLogOptions = { level: string; stream?: TLogSink | undefined };

// Headers are logged to help debugging, so everything that carries a credential is censored by pino itself.
export function buildLoggerOptions({ level, stream }: TLogOptions) {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: ["req.headers.authorization", 'req.headers["x-api-key"]', "req.headers.cookie", 'res.headers["set-cookie"]'],
      censor: "[redacted]",
    },
    serializers: {
      req(request: FastifyRequest) {
        return {
          method: request.method,
          url: redactQuery(request.url),
          host: request.host,
          remoteAddress: request.ip,
          headers: { ...request.headers },
        };
      },
    },
  };
}
