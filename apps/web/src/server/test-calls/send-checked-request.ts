import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { checkTarget, type LookupAll } from "./check-target.ts";
import { TestCallError } from "./test-call-error.ts";

export const MAX_RESPONSE_BYTES = 1024 * 1024;
const MAX_REDIRECTS = 3;
const TIMEOUT_MS = 15_000;

export interface OutgoingRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | undefined;
}

export interface ReceivedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Each URL followed after a redirect, in order. */
  redirects: string[];
}

export interface SendCheckedRequestOptions {
  request: OutgoingRequest;
  connectorHost: string;
  allowLoopback: boolean;
  lookup?: LookupAll;
  maxBytes?: number;
}

// The connection goes to the addresses checkTarget approved, not to a second DNS answer (no rebinding).
function pinnedLookup(addresses: { address: string; family: number }[]): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  };
}

function sendOnce(url: URL, request: OutgoingRequest, lookup: LookupFunction, maxBytes: number): Promise<Omit<ReceivedResponse, "redirects">> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const outgoing = client.request(url, { method: request.method, headers: request.headers, lookup, timeout: TIMEOUT_MS }, (incoming) => {
      const chunks: Buffer[] = [];
      let size = 0;
      incoming.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          incoming.destroy();
          reject(
            new TestCallError(
              `The response is larger than ${formatSize(maxBytes)}, the most a test call shows; ask for less (a smaller page size or a filter).`,
            ),
          );
          return;
        }
        chunks.push(chunk);
      });
      incoming.on("end", () => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(incoming.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
        resolve({ status: incoming.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString("utf8") });
      });
      incoming.on("error", reject);
    });
    outgoing.on("timeout", () => outgoing.destroy(new TestCallError(`The API did not answer within ${TIMEOUT_MS / 1000} seconds.`)));
    outgoing.on("error", (error) =>
      reject(
        error instanceof TestCallError
          ? error
          : new TestCallError(`The API could not be reached (${(error as NodeJS.ErrnoException).code ?? error.message}); check that it is running.`),
      ),
    );
    if (request.body !== undefined) outgoing.write(request.body);
    outgoing.end();
  });
}

/**
 * Sends one request to the connector's own host and reads at most `maxBytes` of the answer. Redirects are followed
 * only when they stay on that host and pass the same address checks; credentials are not carried elsewhere.
 */
export async function sendCheckedRequest(options: SendCheckedRequestOptions): Promise<ReceivedResponse> {
  const maxBytes = options.maxBytes ?? MAX_RESPONSE_BYTES;
  const redirects: string[] = [];
  let request = options.request;
  for (;;) {
    const target = await checkTarget({ url: request.url, connectorHost: options.connectorHost, allowLoopback: options.allowLoopback, lookup: options.lookup });
    const response = await sendOnce(target.url, request, pinnedLookup(target.addresses), maxBytes);
    const location = response.headers.location;
    if (response.status < 300 || response.status >= 400 || response.status === 304 || !location) return { ...response, redirects };
    if (redirects.length >= MAX_REDIRECTS) throw new TestCallError(`The API redirected more than ${MAX_REDIRECTS} times; check its address.`);
    const next = new URL(location, target.url).toString();
    redirects.push(next);
    // 303 (and, as browsers do, 301/302 after POST) turn into a GET without a body.
    const isGet = response.status === 303 || ((response.status === 301 || response.status === 302) && request.method !== "GET");
    request = isGet ? { method: "GET", url: next, headers: withoutBody(request.headers) } : { ...request, url: next };
  }
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}

function withoutBody(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !/^content-(type|length)$/i.test(name)));
}
