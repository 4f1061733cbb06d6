// Is the database's port answering? apps/web/server.ts asks before it hands a page request to Next, so that with the
// database down a person gets a 503 page that says so (and Retry-After), not Next's generic error page with 200.
// A TCP connect only: no credentials, no query; a proxy in front of the database that answers while the database is
// down is not seen here, and the page then says what the app's error boundary (app/error.tsx) learns from /api/health.
import net from "node:net";

export interface DatabaseProbe {
  /** Resolves true when the database's port accepted a connection (or when there is nothing to probe). */
  isReachable(): Promise<boolean>;
}

/** Where DATABASE_URL points, or null when it cannot be probed over TCP (unset, a Unix socket, unparsable). */
export function databaseAddress(databaseUrl: string | undefined): { host: string; port: number } | null {
  if (!databaseUrl) return null;
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    return null;
  }
  if (url.searchParams.has("host") || !url.hostname) return null;
  return { host: url.hostname.replace(/^\[|\]$/g, ""), port: Number(url.port || 5432) };
}

/** Probes at most once per `freshMs`; callers at the same moment share one probe. */
export function createDatabaseProbe(databaseUrl: string | undefined, options: { timeoutMs?: number; freshMs?: number } = {}): DatabaseProbe {
  const address = databaseAddress(databaseUrl);
  const timeoutMs = options.timeoutMs ?? 500;
  const freshMs = options.freshMs ?? 250;
  let last: { at: number; reachable: boolean } | null = null;
  let inFlight: Promise<boolean> | null = null;
  const probe = () =>
    new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: address!.host, port: address!.port });
      const done = (reachable: boolean) => {
        socket.destroy();
        resolve(reachable);
      };
      socket.setTimeout(timeoutMs, () => done(false));
      socket.once("connect", () => done(true));
      socket.once("error", () => done(false));
    });
  return {
    async isReachable() {
      if (!address) return true;
      if (last && Date.now() - last.at < freshMs) return last.reachable;
      inFlight ??= probe().then((reachable) => {
        last = { at: Date.now(), reachable };
        inFlight = null;
        return reachable;
      });
      return inFlight;
    },
  };
}

/** A page request of a person (not the API, not Next's assets, not a client-side navigation's RSC fetch). */
export function isPageRequest(method: string | undefined, url: string | undefined, headers: Record<string, string | string[] | undefined>): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  const path = (url ?? "/").split("?")[0]!;
  if (path.startsWith("/api/") || path.startsWith("/_next/") || /\.[a-z0-9]+$/i.test(path)) return false;
  if (headers["rsc"] !== undefined || headers["next-router-state-tree"] !== undefined) return false;
  const accept = String(headers["accept"] ?? "");
  return accept === "" || accept.includes("text/html") || accept.includes("*/*");
}

/** The page a person sees while the database is unreachable (no script: it reloads itself after Retry-After). */
export function databaseUnavailablePage(retryAfterSeconds: number): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${retryAfterSeconds}">
<title>Database unreachable · Connector Hub</title>
</head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1.5rem; color: #0f172a">
<main>
<h1 style="font-size: 1.5rem">The database is unreachable right now</h1>
<p>Connector Hub cannot reach its database, so it cannot show this page. Nothing you saved is lost.</p>
<p>This page tries again by itself in ${retryAfterSeconds} seconds, or <a href="">try again now</a>. If it keeps failing, tell your administrator: <a href="/api/health">/api/health</a> says which part is down.</p>
</main>
</body>
</html>
`;
}
