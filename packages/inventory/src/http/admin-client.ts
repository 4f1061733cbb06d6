import type { TokenSource } from "../token/create-token-source.ts";
import { parseRetryAfter } from "./parse-retry-after.ts";
import { createSemaphore } from "./semaphore.ts";

export interface AdminEndpoints {
  /** https://api.bap.microsoft.com */
  bap: string;
  /** https://api.powerapps.com */
  powerApps: string;
  /** https://api.flow.microsoft.com */
  flow: string;
}

export const PUBLIC_CLOUD: AdminEndpoints = {
  bap: "https://api.bap.microsoft.com",
  powerApps: "https://api.powerapps.com",
  flow: "https://api.flow.microsoft.com",
};

/** Token audiences per host (inventory-sources.md §1): BAP and PowerApps share service.powerapps.com. */
export const SCOPES = {
  powerApps: "https://service.powerapps.com/.default",
  flow: "https://service.flow.microsoft.com/.default",
} as const;

export interface AdminClientStats {
  requests: number;
  throttled: number;
  retries: number;
  tokenRefreshes: number;
}

export interface AdminClientOptions {
  tokens: TokenSource;
  /** Concurrent requests at most (all hosts together). */
  concurrency?: number;
  /** Retries of one request after 429 / 5xx / network errors before the sync stops (it resumes on the next run). */
  maxRetries?: number;
  timeoutMs?: number;
  /** Longest wait honoured from one Retry-After; a longer one stops the run, to be resumed later. */
  maxRetryAfterMs?: number;
  signal?: AbortSignal;
  /** Waits between retries (tests may shorten the exponential back-off; Retry-After is always honoured). */
  backoffBaseMs?: number;
}

export interface AdminPage<T> {
  value: T[];
  nextLink: string | undefined;
}

const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504]);

export class AdminApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "AdminApiError";
  }
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason as Error);
      },
      { once: true },
    );
  });

/** Strips the query (SAS signatures, skip tokens) so a message never carries a secret. */
const describe = (url: string) => {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
};

/**
 * The one client for the admin APIs: a bearer token per host audience from msal-node (re-acquired once on 401),
 * a timeout on every request, retries with jitter that honour Retry-After (seconds or HTTP-date), a concurrency
 * cap, and `value` + `nextLink` paging.
 */
export function createAdminClient(options: AdminClientOptions) {
  const stats: AdminClientStats = { requests: 0, throttled: 0, retries: 0, tokenRefreshes: 0 };
  const withSlot = createSemaphore(options.concurrency ?? 8);
  const maxRetries = options.maxRetries ?? 8;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;
  const backoffBaseMs = options.backoffBaseMs ?? 500;

  async function getJson<T>(url: string, scope: string | null): Promise<T> {
    let refreshed = false;
    for (let attempt = 0; ; attempt += 1) {
      options.signal?.throwIfAborted();
      const headers: Record<string, string> = { accept: "application/json" };
      if (scope) headers.authorization = `Bearer ${await options.tokens.getToken(scope, { fresh: refreshed })}`;
      let response: Response | undefined;
      let networkError: unknown;
      try {
        response = await withSlot(() => {
          stats.requests += 1;
          const signals = [AbortSignal.timeout(timeoutMs), ...(options.signal ? [options.signal] : [])];
          return fetch(url, { headers, signal: AbortSignal.any(signals) });
        });
      } catch (error) {
        if (options.signal?.aborted) throw options.signal.reason as Error;
        networkError = error;
      }
      if (response?.ok) return (await response.json()) as T;
      if (response?.status === 401 && scope && !refreshed) {
        // An expired or revoked token: ask msal-node for a new one, once.
        await response.body?.cancel();
        refreshed = true;
        stats.tokenRefreshes += 1;
        attempt -= 1;
        continue;
      }
      const retryable = !response || RETRYABLE.has(response.status);
      if (!retryable || attempt >= maxRetries) {
        const body = response ? await response.text().catch(() => "") : "";
        const reason = response
          ? `${response.status}${readErrorMessage(body) ? `: ${readErrorMessage(body)}` : ""}`
          : `network error (${networkError instanceof Error ? networkError.message : String(networkError)})`;
        const hint =
          response?.status === 401 || response?.status === 403
            ? " Check that the app is registered with Power Platform as a management app (packages/inventory/README.md)."
            : "";
        throw new AdminApiError(`GET ${describe(url)} failed after ${attempt + 1} attempt(s): ${reason}.${hint}`, response?.status ?? 0);
      }
      if (response?.status === 429) stats.throttled += 1;
      stats.retries += 1;
      const told = parseRetryAfter(response?.headers.get("retry-after"));
      await response?.body?.cancel();
      if (told !== undefined && told > maxRetryAfterMs) {
        throw new AdminApiError(
          `GET ${describe(url)}: the API asked to wait ${Math.round(told / 1000)} s; the sync stops here and resumes on its next run.`,
          429,
        );
      }
      const backoff = Math.min(30_000, backoffBaseMs * 2 ** attempt) * (0.5 + Math.random() / 2);
      await sleep(told ?? backoff, options.signal);
    }
  }

  return {
    stats,
    getJson,
    async getPage<T>(url: string, scope: string): Promise<AdminPage<T>> {
      const body = await getJson<{ value?: T[]; nextLink?: string; "@odata.nextLink"?: string }>(url, scope);
      return { value: body.value ?? [], nextLink: body.nextLink ?? body["@odata.nextLink"] ?? undefined };
    },
  };
}

export type AdminClient = ReturnType<typeof createAdminClient>;

function readErrorMessage(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { error?: { code?: string; message?: string } };
    if (parsed.error) return [parsed.error.code, parsed.error.message].filter(Boolean).join(" ").slice(0, 300);
  } catch {
    /* not JSON */
  }
  return undefined;
}
