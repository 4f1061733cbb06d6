import "server-only";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { Readable } from "node:stream";
import { checkTarget, type LookupAll } from "../test-calls/check-target.ts";
import { TestCallError } from "../test-calls/test-call-error.ts";

export interface CheckedFetchOptions {
  /** The connector's own host: the MCP client may reach only it, through the test calls' address checks. */
  connectorHost: string;
  allowLoopback: boolean;
  lookup?: LookupAll;
  /** Most bytes read from one response (a server answering without end is cut off). */
  maxBytes: number;
  /** Most bytes read over every response of this fetch (a discovery's pages together); shared by its requests. */
  maxTotalBytes?: number;
  /** Ends every request still open (the discovery's deadline). */
  signal: AbortSignal;
}

function pinnedLookup(addresses: { address: string; family: number }[]): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  };
}

/**
 * A fetch for the MCP client that goes only where a test call may: each request's URL passes checkTarget (the
 * connector's own host, every resolved address public, or loopback for the seeded sample), the connection uses the
 * addresses checked (no DNS rebinding), redirects are not followed, and the body is cut off past maxBytes.
 */
export function createCheckedFetch(options: CheckedFetchOptions): (url: string | URL, init?: RequestInit) => Promise<Response> {
  let total = 0;
  return async (input, init = {}) => {
    const target = await checkTarget({
      url: String(input),
      connectorHost: options.connectorHost,
      allowLoopback: options.allowLoopback,
      lookup: options.lookup,
    });
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const body = typeof init.body === "string" ? init.body : init.body == null ? undefined : String(init.body as unknown);
    const client = target.url.protocol === "https:" ? https : http;
    // The SDK ends a request it no longer wants (a closed transport's event stream) through init.signal; the
    // discovery's deadline ends every one.
    const signal = init.signal ? AbortSignal.any([options.signal, init.signal]) : options.signal;
    return new Promise<Response>((resolve, reject) => {
      const outgoing = client.request(target.url, { method: init.method ?? "GET", headers, lookup: pinnedLookup(target.addresses), signal }, (incoming) => {
        let size = 0;
        const limited = new Readable({ read() {} });
        incoming.on("data", (chunk: Buffer) => {
          size += chunk.length;
          total += chunk.length;
          if (options.maxTotalBytes !== undefined && total > options.maxTotalBytes) {
            incoming.destroy();
            limited.destroy(
              new TestCallError(`The MCP server sent more than ${options.maxTotalBytes / 1048576} MB over the whole exchange; the hub stops reading there.`),
            );
            return;
          }
          if (size > options.maxBytes) {
            incoming.destroy();
            limited.destroy(new TestCallError(`The MCP server sent more than ${options.maxBytes / 1048576} MB in one answer; the hub stops reading there.`));
            return;
          }
          limited.push(chunk);
        });
        incoming.on("end", () => limited.push(null));
        incoming.on("error", (error) => limited.destroy(error));
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(incoming.headers))
          if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(", ") : value);
        const status = incoming.statusCode ?? 502;
        // A fetch Response takes 200-599 only (and no body with 204, 205, 304): anything else from a server we do not
        // control is refused here, inside this callback, where a throw would take the whole web server down.
        if (status < 200 || status > 599) {
          incoming.destroy();
          reject(new TestCallError(`The MCP server answered with HTTP status ${status}, which is not a valid answer.`));
          return;
        }
        const hasBody = status !== 204 && status !== 205 && status !== 304 && init.method !== "HEAD";
        if (!hasBody) incoming.resume();
        try {
          resolve(new Response(hasBody ? (Readable.toWeb(limited) as ReadableStream<Uint8Array>) : null, { status, headers: responseHeaders }));
        } catch (error) {
          incoming.destroy();
          reject(new TestCallError(`The MCP server's answer could not be read: ${error instanceof Error ? error.message : String(error)}.`));
        }
      });
      outgoing.on("error", (error) =>
        reject(
          // The SDK's own abort: its AbortError, as fetch gives it, so the SDK knows it asked for this.
          init.signal?.aborted && !options.signal.aborted
            ? (init.signal.reason as Error)
            : options.signal.aborted
              ? new TestCallError("The MCP server did not finish answering in time.")
              : new TestCallError(`The MCP server could not be reached (${(error as NodeJS.ErrnoException).code ?? error.message}); check that it is running.`),
        ),
      );
      if (body !== undefined) outgoing.write(body);
      outgoing.end();
    });
  };
}
