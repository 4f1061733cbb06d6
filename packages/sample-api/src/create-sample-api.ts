import formbody from "@fastify/formbody";
import Fastify, { type FastifyInstance, type FastifyRequest } from "fastify";
import { authenticateRequest, requireScopeFor } from "./auth/authenticate-request.ts";
import { registerOAuthRoutes } from "./auth/oauth-routes.ts";
import { SAMPLE_VARIANTS } from "./auth/sample-variants.ts";
import { createLocalTokenAuthority, type TVerifyAccessToken } from "./auth/verify-access-token.ts";
import { buildApiProperties } from "./definition/build-api-properties.ts";
import { buildMcpApiProperties, buildMcpSwagger } from "./definition/build-mcp-definition.ts";
import { buildSwagger } from "./definition/build-swagger.ts";
import type { TInventoryContext } from "./domain/inventory-context.ts";
import { seedInventory } from "./domain/seed-inventory.ts";
import { buildLoggerOptions, type TLogSink } from "./http/log-options.ts";
import { registerErrorHandling } from "./http/register-error-handling.ts";
import { MCP_PATH, registerMcpRoute } from "./mcp/register-mcp-route.ts";
import { registerOrderRoutes } from "./routes/order-routes.ts";
import { registerProductRoutes } from "./routes/product-routes.ts";
import { registerStockRoutes } from "./routes/stock-routes.ts";
import { registerTriggerRoutes } from "./routes/trigger-routes.ts";
import { DEFAULT_RETRY_POLICY, type TRetryPolicy } from "./webhooks/compute-backoff-delay.ts";
import { createWebhookDispatcher } from "./webhooks/create-webhook-dispatcher.ts";

export type TSampleApiOptions = {
  /** Address clients reach the API at (scheme, host, optional path prefix); default: taken from each request's Host. */
  publicUrl?: string | undefined;
  /** false: no logging at all. Default: JSON lines at `logLevel` to `logStream` (stdout). */
  isLogEnabled?: boolean;
  logLevel?: string;
  logStream?: TLogSink;
  /** Webhook delivery retries: attempts, first delay, cap and per-attempt timeout. */
  webhookRetry?: Partial<TRetryPolicy>;
  /** Retry-After the polling trigger answers, in seconds (default 60). */
  pollRetryAfterSeconds?: number;
  /**
   * Origins webhook callbacks may point at (e.g. the hub's own address). Unset = any http(s) URL, as a public API
   * would; the hub sets it so its Test tab cannot turn the sample API into a request sender for arbitrary addresses.
   */
  allowedCallbackOrigins?: string[];
  /** Replaces the built-in token check, e.g. with createRemoteTokenVerifier for an OpenID provider. */
  verifyAccessToken?: TVerifyAccessToken;
  now?: () => Date;
};

function normalizeOrigins(origins: string[] | undefined): string[] | null {
  return origins ? origins.map((o) => new URL(o).origin) : null;
}

export function createSampleApi(options: TSampleApiOptions = {}): FastifyInstance {
  const logger = options.isLogEnabled === false ? false : buildLoggerOptions({ level: options.logLevel ?? "info", stream: options.logStream });
  const app = Fastify({ logger });

  const fixedPublicUrl = options.publicUrl?.replace(/\/+$/, "");
  const publicUrlOf = (request: FastifyRequest) => fixedPublicUrl ?? `${request.protocol}://${request.host}`;
  const inventory: TInventoryContext = { state: seedInventory(), now: options.now ?? (() => new Date()) };
  const dispatcher = createWebhookDispatcher({
    context: inventory,
    retry: { ...DEFAULT_RETRY_POLICY, ...options.webhookRetry },
    log: app.log,
  });
  const authority = createLocalTokenAuthority();
  const verifyAccessToken = options.verifyAccessToken ?? authority.verifyAccessToken;

  registerErrorHandling(app);
  // The platform may send DELETE with a JSON content type and no body; that is not an error.
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    const text = typeof body === "string" ? body : body.toString("utf8");
    if (text.trim() === "") return done(null, undefined);
    return parseJson(request, text, done);
  });
  void app.register(formbody);
  app.addHook("onClose", async () => dispatcher.close());

  // GET /: where everything is, for a person exploring the API.
  app.get("/", async (request) => {
    const base = publicUrlOf(request);
    return {
      name: "Connector Hub sample inventory",
      samples: SAMPLE_VARIANTS.map((variant) => ({
        variant,
        basePath: `/${variant}/v1`,
        swagger: `${base}/${variant}/swagger.json`,
        apiProperties: `${base}/${variant}/apiProperties.json`,
      })),
      mcp: { endpoint: `${base}${MCP_PATH}`, swagger: `${base}${MCP_PATH}/swagger.json`, apiProperties: `${base}${MCP_PATH}/apiProperties.json` },
      oauth: { authorize: `${base}/oauth2/authorize`, token: `${base}/oauth2/token`, jwks: `${base}/oauth2/jwks.json` },
    };
  });
  app.get("/privacy", async (_request, reply) =>
    reply.type("text/plain; charset=utf-8").send("This sample API keeps demo data in memory only; it is reset on every start and shared with no one."),
  );
  registerOAuthRoutes(app, { authority, now: inventory.now, publicUrlOf });
  registerMcpRoute(app, { inventory, allowedHosts: fixedPublicUrl ? [new URL(fixedPublicUrl).hostname] : [] });
  app.get(`${MCP_PATH}/swagger.json`, async (request) => buildMcpSwagger({ publicUrl: publicUrlOf(request) }));
  app.get(`${MCP_PATH}/apiProperties.json`, async () => buildMcpApiProperties());

  for (const variant of SAMPLE_VARIANTS) {
    app.get(`/${variant}/swagger.json`, async (request) => buildSwagger({ variant, publicUrl: publicUrlOf(request) }));
    app.get(`/${variant}/apiProperties.json`, async (request) => buildApiProperties({ variant, publicUrl: publicUrlOf(request) }));
    void app.register(
      async (scope) => {
        scope.addHook("onRequest", async (request) => {
          const caller = await authenticateRequest(request, { variant, verifyAccessToken });
          requireScopeFor(caller, request.method);
        });
        const route = {
          variant,
          inventory,
          dispatcher,
          publicUrlOf,
          pollRetryAfterSeconds: options.pollRetryAfterSeconds ?? 60,
          allowedCallbackOrigins: normalizeOrigins(options.allowedCallbackOrigins),
        };
        registerProductRoutes(scope, route);
        registerStockRoutes(scope, route);
        registerOrderRoutes(scope, route);
        registerTriggerRoutes(scope, route);
      },
      { prefix: `/${variant}/v1` },
    );
  }
  return app;
}
