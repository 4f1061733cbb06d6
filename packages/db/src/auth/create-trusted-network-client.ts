import { request } from "node:https";

// The shapes msal-node's INetworkModule takes (declared here so this package needs no msal-node of its own).
export interface TrustedRequestOptions {
  headers?: Record<string, string>;
  body?: string;
}
export interface TrustedResponse<T> {
  headers: Record<string, string>;
  body: T;
  status: number;
}
export interface TrustedNetworkClient {
  sendGetRequestAsync<T>(url: string, options?: TrustedRequestOptions, timeout?: number): Promise<TrustedResponse<T>>;
  sendPostRequestAsync<T>(url: string, options?: TrustedRequestOptions): Promise<TrustedResponse<T>>;
}

/**
 * msal-node's HTTP calls (discovery, token endpoint) over node:https with an extra trusted CA: the local provider's
 * self-signed certificate. TLS verification stays on; only that one certificate is added to the trust store. Used by
 * the web app's sign-in and by the inventory sync's client-credentials tokens; `peer` names the other side in errors.
 */
export function createTrustedNetworkClient(ca: string, peer = "The sign-in provider"): TrustedNetworkClient {
  function send<T>(url: string, method: "GET" | "POST", options?: TrustedRequestOptions, timeout = 15_000): Promise<TrustedResponse<T>> {
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
            reject(new Error(`${peer} answered ${url} with something other than JSON (status ${res.statusCode}).`));
          }
        });
      });
      req.on("timeout", () => req.destroy(new Error(`${peer} did not answer ${url} within ${timeout} ms.`)));
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
