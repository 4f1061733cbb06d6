// The hub's web server: Next's request handler inside a plain Node HTTP server, so the app learns each caller's
// address from the socket (`next start` gives route handlers only headers, and X-Forwarded-For is whatever the client
// wrote). Every incoming x-hub-* header is dropped first: those names are the server's own, never the client's.
// Started by scripts/start.ts and scripts/e2e-server.ts (`tsx server.ts` in apps/web); PORT, and NODE_ENV=development
// for Next's development server.
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies, resolveClientAddress, SERVED_BY_HUB_SERVER, type TrustedProxies } from "./src/server/client-address.ts";
import { createDatabaseProbe, databaseUnavailablePage, isPageRequest } from "./src/server/database-probe.ts";

const dir = path.dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.PORT ?? 3000);
const dev = process.env.NODE_ENV === "development";

let trusted: TrustedProxies;
try {
  trusted = parseTrustedProxies(process.env.HUB_TRUSTED_PROXIES);
} catch (error) {
  console.error(`[web] error: ${(error as Error).message}`);
  process.exit(2);
}

// Route handlers run in this process: they read the address header only when this is set (a bare `next start` does not).
process.env[SERVED_BY_HUB_SERVER] = "1";
const app = next({ dev, dir, port });
await app.prepare();
const handle = app.getRequestHandler();
// A page asked for while the database's port does not answer: 503 with Retry-After and a page that says so (the API
// answers 503 itself, from its route handlers). Seconds as DATABASE_RETRY_AFTER_SECONDS of @connector-hub/db.
const retryAfterSeconds = 5;
const database = createDatabaseProbe(process.env.DATABASE_URL);
const unavailableHeaders = {
  "content-type": "text/html; charset=utf-8",
  "retry-after": String(retryAfterSeconds),
  "cache-control": "no-store",
  "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
};
const server = createServer((req, res) => {
  for (const name of Object.keys(req.headers)) if (name.startsWith("x-hub-")) delete req.headers[name];
  req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trusted);
  if (!isPageRequest(req.method, req.url, req.headers)) return void handle(req, res);
  void database.isReachable().then((reachable) => {
    if (reachable) return handle(req, res);
    res.writeHead(503, unavailableHeaders);
    res.end(req.method === "HEAD" ? undefined : databaseUnavailablePage(retryAfterSeconds));
  });
});
if (dev) {
  const upgrade = app.getUpgradeHandler();
  server.on("upgrade", (req, socket, head) => void upgrade(req, socket, head));
}
server.on("error", (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === "EADDRINUSE"
      ? `[web] error: port ${port} is in use by another program; start the hub on another port (PORT=3100).`
      : `[web] error: ${error.message}`,
  );
  process.exit(1);
});
server.listen(port, () => console.log(`[web] Next ${dev ? "development" : "production"} server on port ${port}`));

async function stop() {
  server.close();
  await app.close().catch(() => {});
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
