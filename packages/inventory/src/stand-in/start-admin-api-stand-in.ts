import { createHmac, randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { jwtVerify, type CryptoKey as JoseKey } from "jose";
import { renderApp, renderConnector, renderDataverseTables, renderEnvironment, renderFlowDetail, renderFlowListItem } from "./render.ts";
import type { StandInTenant } from "./tenant.ts";

export interface AdminApiStandInOptions {
  /** 0 = any free port. */
  port: number;
  tenant: StandInTenant;
  /** The token provider's signing key and issuer: only its tokens, for the right audience, are accepted. */
  publicKey: JoseKey;
  issuer: string;
  /** Page sizes of the lists that take no $top (environments, connectors, Dataverse lists), and the cap on $top. */
  pageSize?: { environments?: number; connectors?: number; dataverse?: number; maxTop?: number };
}

export interface StandInRequest {
  method: string;
  path: string;
  status: number;
  at: number;
}

export interface RunningAdminApiStandIn {
  /** Base URLs to give the sync (one server plays the three hosts under path prefixes, and each environment's Dataverse under /dataverse/<env>/). */
  endpoints: { bap: string; powerApps: string; flow: string };
  requests: StandInRequest[];
  /** The next `count` API requests answer 429 with this Retry-After (seconds, or an HTTP-date). */
  throttleNext(count: number, retryAfter: string): void;
  /** Every token issued until now counts as expired: the next request with one answers 401. */
  expireTokens(): void;
  close(): Promise<void>;
}

const AUDIENCE: Record<string, string> = {
  bap: "https://service.powerapps.com",
  powerapps: "https://service.powerapps.com",
  flow: "https://service.flow.microsoft.com",
};

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}
const error = (res: ServerResponse, status: number, code: string, message: string, headers?: Record<string, string>) =>
  json(res, status, { error: { code, message } }, headers);

/**
 * A local stand-in for the Power Platform admin APIs the sync reads (BAP environments, PowerApps custom connectors
 * and apps, Flow flows, the SAS-signed blob with each connector's OpenAPI definition): the documented routes and
 * api-versions, `value` + absolute `nextLink` paging, $top, 429 with Retry-After, 401 for expired tokens or the
 * wrong audience, 404 for a flow deleted between list and get. Responses are rendered from the documented examples.
 */
export async function startAdminApiStandIn(options: AdminApiStandInOptions): Promise<RunningAdminApiStandIn> {
  const { tenant } = options;
  let origin = "";
  const sasKey = randomBytes(16);
  const sign = (path: string) => createHmac("sha256", sasKey).update(path).digest("base64url");
  const requests: StandInRequest[] = [];
  let throttle = { count: 0, retryAfter: "1" };
  const seenTokens = new Set<string>();
  let expiredTokens = new Set<string>();
  const envPage = options.pageSize?.environments ?? 100;
  const connectorPage = options.pageSize?.connectors ?? 100;
  const maxTop = options.pageSize?.maxTop ?? 250;
  // Dataverse's default page is 5,000 rows (without a Prefer: odata.maxpagesize header).
  const dataversePage = options.pageSize?.dataverse ?? 5000;

  function page<T>(res: ServerResponse, url: URL, all: T[], size: number, render: (t: T) => unknown, nextLinkKey = "nextLink") {
    const skip = Number(url.searchParams.get("$skiptoken") ?? 0) || 0;
    const slice = all.slice(skip, skip + size);
    const body: Record<string, unknown> = { value: slice.map(render) };
    if (skip + size < all.length) {
      const next = new URL(url.toString());
      next.searchParams.set("$skiptoken", String(skip + size));
      body[nextLinkKey] = `${origin}${next.pathname}${next.search}`;
    }
    json(res, 200, body);
  }
  const topOf = (url: URL, fallback: number) => Math.min(maxTop, Number(url.searchParams.get("$top") ?? fallback) || fallback);

  async function authorize(req: IncomingMessage, res: ServerResponse, audience: string | undefined): Promise<boolean> {
    const header = req.headers.authorization ?? "";
    const token = header.startsWith("Bearer ") ? header.slice(7) : "";
    if (!token) return (error(res, 401, "MissingAuthorizationHeader", "The request has no bearer token."), false);
    try {
      const { payload } = await jwtVerify(token, options.publicKey, { issuer: options.issuer, audience });
      if (!payload.exp || expiredTokens.has(token)) throw new Error("expired");
      seenTokens.add(token);
      return true;
    } catch {
      error(res, 401, "ExpiredAuthenticationToken", "The access token has expired or is not valid for this audience.", {
        "www-authenticate": 'Bearer error="invalid_token"',
      });
      return false;
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", origin);
    const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
    const host = parts[0] ?? "";
    if (req.method !== "GET") return error(res, 405, "MethodNotAllowed", "Only GET is served.");
    if (host === "blob") {
      // /blob/api-swagger-files/<env>/<connector>.json?sv=...&sig=...: no bearer token, a SAS signature instead.
      const path = parts.slice(1).join("/");
      if (url.searchParams.get("sig") !== sign(path)) return error(res, 403, "AuthenticationFailed", "Server failed to authenticate the request.");
      const connector = tenant.findConnector(parts[2] ?? "", (parts[3] ?? "").replace(/\.json$/, ""));
      return connector ? json(res, 200, connector.definition) : error(res, 404, "BlobNotFound", "The specified blob does not exist.");
    }
    if (host === "dataverse") return handleDataverse(req, res, url, parts);
    if (!AUDIENCE[host]) return error(res, 404, "NotFound", `No such host prefix: ${host}`);
    if (!url.searchParams.get("api-version"))
      return error(res, 400, "MissingApiVersionParameter", "The api-version query parameter (?api-version=) is required for all requests.");
    if (throttle.count > 0) {
      throttle.count -= 1;
      return error(res, 429, "TooManyRequests", "Rate limit is exceeded. Try again later.", { "retry-after": throttle.retryAfter });
    }
    if (!(await authorize(req, res, AUDIENCE[host]))) return;
    const rest = parts.slice(1).join("/");
    let m: RegExpExecArray | null;
    if (host === "bap" && rest === "providers/Microsoft.BusinessAppPlatform/scopes/admin/environments") {
      return page(res, url, tenant.environments, envPage, (e) =>
        renderEnvironment(e, tenant.tenantId, e.dataverse === "none" ? undefined : `${origin}/dataverse/${e.name}/`),
      );
    }
    if (host === "powerapps" && (m = /^providers\/Microsoft\.PowerApps\/scopes\/admin\/environments\/([^/]+)\/apis$/.exec(rest))) {
      const env = m[1]!;
      if (!tenant.environments.some((e) => e.name === env)) return error(res, 404, "EnvironmentNotFound", `Environment ${env} not found.`);
      return page(res, url, tenant.connectors(env), connectorPage, (c) => {
        const path = `api-swagger-files/${env}/${c.name}.json`;
        const se = new Date(Date.now() + 3600_000).toISOString();
        return renderConnector(c, tenant.tenantId, `${origin}/blob/${path}?sv=2018-03-28&sr=b&sig=${sign(path)}&se=${encodeURIComponent(se)}&sp=r`);
      });
    }
    if (host === "powerapps" && (m = /^providers\/Microsoft\.PowerApps\/scopes\/admin\/environments\/([^/]+)\/apps$/.exec(rest))) {
      return page(res, url, tenant.apps(m[1]!), topOf(url, 250), (a) => renderApp(a, tenant.tenantId));
    }
    if (host === "flow" && (m = /^providers\/Microsoft\.ProcessSimple\/scopes\/admin\/environments\/([^/]+)\/v2\/flows$/.exec(rest))) {
      return page(res, url, tenant.flows(m[1]!), topOf(url, 50), (f) => renderFlowListItem(f, tenant.tenantId));
    }
    if (host === "flow" && (m = /^providers\/Microsoft\.ProcessSimple\/scopes\/admin\/environments\/([^/]+)\/flows\/([^/]+)$/.exec(rest))) {
      const flow = tenant.findFlow(m[1]!, m[2]!);
      return flow ? json(res, 200, renderFlowDetail(flow, tenant.tenantId)) : error(res, 404, "FlowNotFound", `The flow '${m[2]}' could not be found.`);
    }
    return error(res, 404, "NotFound", `No route for ${url.pathname}`);
  }

  /**
   * An environment's Dataverse Web API (`/dataverse/<env>/api/data/v9.2/<entity set>`): the token's audience must be
   * that instance, 403 for an environment whose Dataverse does not know the sync's app, `@odata.nextLink` paging.
   */
  async function handleDataverse(req: IncomingMessage, res: ServerResponse, url: URL, parts: string[]) {
    const env = tenant.environments.find((e) => e.name === parts[1]);
    if (!env || env.dataverse === "none") return error(res, 404, "NotFound", `No Dataverse for ${parts[1] ?? ""}.`);
    if (parts.slice(2, 5).join("/") !== "api/data/v9.2") return error(res, 404, "0x80060888", `Resource not found for the segment '${parts[2] ?? ""}'.`);
    if (throttle.count > 0) {
      throttle.count -= 1;
      return error(res, 429, "0x80072322", "Number of requests exceeded the limit of 6000 over time window of 300 seconds.", {
        "retry-after": throttle.retryAfter,
      });
    }
    if (!(await authorize(req, res, `${origin}/dataverse/${env.name}`))) return;
    if (env.dataverse === "forbidden") return error(res, 403, "0x80072560", "The user is not a member of the organization.");
    if (env.dataverse === "failing") return error(res, 503, "ServiceUnavailable", "The service is temporarily unavailable.");
    const tables = renderDataverseTables(tenant.agents(env.name), (url.searchParams.get("$expand") ?? "").includes("owninguser"));
    const set = parts[5] ?? "";
    const rows =
      set === "bots"
        ? tables.bots
        : set === "bot_botcomponentset"
          ? tables.botComponents
          : set === "botcomponent_connectionreferenceset"
            ? tables.componentConnectionReferences
            : set === "connectionreferences"
              ? tables.connectionReferences
              : undefined;
    if (!rows || parts.length !== 6) return error(res, 404, "0x8006088a", `Resource not found for the segment '${set}'.`);
    return page(res, url, rows, dataversePage, (r) => r, "@odata.nextLink");
  }

  const server: Server = createServer((req, res) => {
    res.on("finish", () => requests.push({ method: req.method ?? "GET", path: (req.url ?? "").split("?")[0] ?? "", status: res.statusCode, at: Date.now() }));
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) error(res, 500, "InternalServerError", e instanceof Error ? e.message : String(e));
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoints: { bap: `${origin}/bap`, powerApps: `${origin}/powerapps`, flow: `${origin}/flow` },
    requests,
    throttleNext(count, retryAfter) {
      throttle = { count, retryAfter };
    },
    expireTokens() {
      expiredTokens = new Set(seenTokens);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
