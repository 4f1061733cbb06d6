import { request } from "node:https";
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from "@azure/msal-node";

/**
 * msal-node's HTTP calls (discovery, token endpoint) over node:https with an extra trusted CA: the local provider's
 * self-signed certificate. TLS verification stays on; only that one certificate is added to the trust store.
 */
export function createTrustedNetworkClient(ca: string): INetworkModule {
  function send<T>(url: string, method: "GET" | "POST", options?: NetworkRequestOptions, timeout = 15_000): Promise<NetworkResponse<T>> {
    return new Promise((resolve, reject) => {
      const req = request(url, { method, headers: options?.headers ?? {}, ca, timeout }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
          try {
            resolve({ headers, body: (text ? JSON.parse(text) : {}) as T, status: res.statusCode ?? 0 });
          } catch {
            reject(new Error(`The token endpoint answered ${url} with something other than JSON (status ${res.statusCode}).`));
          }
        });
      });
      req.on("timeout", () => req.destroy(new Error(`The token endpoint did not answer ${url} within ${timeout} ms.`)));
      req.on("error", reject);
      if (options?.body) req.write(options.body);
      req.end();
    });
  }
  return {
    sendGetRequestAsync: (url, options, timeout) => send(url, "GET", options, timeout),
    sendPostRequestAsync: (url, options) => send(url, "POST", options),
  };
}
