import { DEMO_API_KEY, DEMO_BASIC_USER, startSampleApi, type TSampleVariant, type TStartSampleApiOptions } from "../../src/index.ts";

export type TTestApi = {
  url: string;
  close: () => Promise<void>;
  headersFor: (variant: TSampleVariant) => Promise<Record<string, string>>;
  call: (variant: TSampleVariant, method: string, path: string, body?: unknown) => Promise<Response>;
};

export function basicHeader(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;
}

export async function fetchClientCredentialsToken(url: string, scope?: string): Promise<string> {
  const form = new URLSearchParams({ grant_type: "client_credentials", client_id: "sample-service", client_secret: "sample-service-demo-secret" });
  if (scope) form.set("scope", scope);
  const response = await fetch(`${url}/oauth2/token`, { method: "POST", body: form });
  if (response.status !== 200) throw new Error(`token endpoint answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}

// A real server on a free port; tests talk to it over HTTP only.
export async function startTestApi(options: TStartSampleApiOptions = {}): Promise<TTestApi> {
  const running = await startSampleApi({ port: 0, host: "127.0.0.1", isLogEnabled: false, ...options });
  let token: string | undefined;
  const headersFor = async (variant: TSampleVariant): Promise<Record<string, string>> => {
    if (variant === "api-key") return { "x-api-key": DEMO_API_KEY };
    if (variant === "basic") return { authorization: basicHeader(DEMO_BASIC_USER.username, DEMO_BASIC_USER.password) };
    token ??= await fetchClientCredentialsToken(running.localUrl);
    return { authorization: `Bearer ${token}` };
  };
  const call = async (variant: TSampleVariant, method: string, path: string, body?: unknown) => {
    const headers = await headersFor(variant);
    const target = path.startsWith("http") ? path : `${running.localUrl}/${variant}/v1${path}`;
    return fetch(target, {
      method,
      headers: body === undefined ? headers : { ...headers, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  };
  return { url: running.localUrl, close: running.close, headersFor, call };
}
