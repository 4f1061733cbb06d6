import type { Logger } from "pino";
import { buildTestRequest, TestInputError, type TConnectionValues } from "./build-test-request.ts";
import type { LookupAll } from "./check-target.ts";
import { TestCallError } from "./test-call-error.ts";
import { redactHeaders, redactSecrets } from "./redact-secrets.ts";
import { sendCheckedRequest, type ReceivedResponse } from "./send-checked-request.ts";

export interface RunTestCallOptions {
  definition: Record<string, unknown>;
  connectorHost: string;
  operationId: string;
  values: Record<string, string>;
  connection: TConnectionValues;
  allowLoopback: boolean;
  log: Logger;
  lookup?: LookupAll;
  maxBytes?: number;
  notificationUrl?: string;
}

export interface TestCallResult {
  request: { method: string; url: string; headers: Record<string, string>; body: string | null };
  response: { status: number; headers: Record<string, string>; body: string; redirects: string[]; durationMs: number };
}

export { TestCallError };

async function fetchClientCredentialsToken(options: RunTestCallOptions, tokenUrl: string, scopes: string[]): Promise<string> {
  const { clientId = "", clientSecret = "" } = options.connection;
  const body = new URLSearchParams({ grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret });
  if (scopes.length) body.set("scope", scopes.join(" "));
  const text = body.toString();
  const answer = await sendCheckedRequest({
    request: {
      method: "POST",
      url: tokenUrl,
      headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(Buffer.byteLength(text)), accept: "application/json" },
      body: text,
    },
    connectorHost: options.connectorHost,
    allowLoopback: options.allowLoopback,
    lookup: options.lookup,
    maxBytes: 64 * 1024,
  });
  let token: unknown;
  try {
    token = (JSON.parse(answer.body) as { access_token?: unknown }).access_token;
  } catch {
    token = undefined;
  }
  if (answer.status !== 200 || typeof token !== "string") {
    throw new TestCallError(
      `The token endpoint refused the client credentials (HTTP ${answer.status}); check the client id and secret, and that the client may use the client_credentials grant.`,
    );
  }
  return token;
}

/**
 * Calls one operation of a connector on the caller's behalf. The connection values live only for this call: they
 * are sent to the connector's own host, never stored, and scrubbed from everything returned or logged.
 */
export async function runTestCall(options: RunTestCallOptions): Promise<TestCallResult> {
  const started = performance.now();
  try {
    const built = buildTestRequest({
      definition: options.definition,
      operationId: options.operationId,
      values: options.values,
      connection: options.connection,
      notificationUrl: options.notificationUrl,
    });
    const secrets = [...built.secrets];
    if (built.security.type === "oauth2") {
      let token = options.connection.accessToken;
      if (!token) {
        if (!built.security.tokenUrl) throw new TestCallError("The definition names no token URL; paste an access token instead.");
        token = await fetchClientCredentialsToken(options, built.security.tokenUrl, built.security.scopes);
      }
      secrets.push(token);
      built.request.headers.authorization = `Bearer ${token}`;
    }
    const apiKeyHeader = built.security.type === "apiKey" && built.security.in === "header" ? [built.security.name] : [];
    const response: ReceivedResponse = await sendCheckedRequest({
      request: built.request,
      connectorHost: options.connectorHost,
      allowLoopback: options.allowLoopback,
      lookup: options.lookup,
      maxBytes: options.maxBytes,
    });
    const durationMs = Math.round(performance.now() - started);
    options.log.info({ operationId: options.operationId, host: options.connectorHost, status: response.status, ms: durationMs }, "test call");
    return {
      request: {
        method: built.request.method,
        url: redactSecrets(built.request.url, secrets),
        headers: redactHeaders(built.request.headers, secrets, apiKeyHeader),
        body: built.request.body === undefined ? null : redactSecrets(built.request.body, secrets),
      },
      response: {
        status: response.status,
        headers: redactHeaders(response.headers, secrets),
        body: redactSecrets(response.body, secrets),
        redirects: response.redirects.map((r) => redactSecrets(r, secrets)),
        durationMs,
      },
    };
  } catch (error) {
    // The definitions package's input error becomes the test call's one error; ours pass through as they are.
    if (error instanceof TestInputError || error instanceof TestCallError) {
      options.log.info({ operationId: options.operationId, host: options.connectorHost, refused: error.name }, "test call refused");
      throw error instanceof TestCallError ? error : new TestCallError(error.message);
    }
    throw error;
  }
}
