import { createServer, type Server } from "node:https";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createLocalProvider, type LocalClient } from "./create-local-provider.ts";
import { ensureCertificate } from "./ensure-certificate.ts";
import { findPersonaByOid } from "./persona-claims.ts";
import { renderPersonaPicker } from "./render-persona-picker.ts";

export interface StartLocalProviderOptions {
  port: number;
  /** Where the certificate lives, e.g. <repo>/.data/oidc. */
  certDir: string;
  client: LocalClient;
  host?: string;
}

export interface RunningLocalProvider {
  issuer: string;
  /** The PEM the web app must trust for its calls to the provider (msal-node's network client). */
  caPath: string;
  close: () => Promise<void>;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 10_000) break;
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

function send(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "x-frame-options": "DENY" });
  res.end(body);
}

/** Starts the local OpenID provider over HTTPS on 127.0.0.1 with its persona picker. */
export async function startLocalProvider(options: StartLocalProviderOptions): Promise<RunningLocalProvider> {
  const host = options.host ?? "127.0.0.1";
  const issuer = `https://${host}:${options.port}`;
  const certificate = ensureCertificate({ dir: options.certDir });
  const provider = await createLocalProvider({ issuer, client: options.client });
  const oidc = provider.callback();

  async function handleInteraction(req: IncomingMessage, res: ServerResponse, uid: string, isLogin: boolean) {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) return send(res, 400, "<p>This sign-in page has expired. Start again from Connector Hub.</p>");
    if (!isLogin) {
      if (details.prompt.name === "login") return send(res, 200, renderPersonaPicker({ uid, clientName: "Connector Hub" }));
      // Consent is implied for the first-party hub: loadExistingGrant grants it, so just continue.
      return provider.interactionFinished(req, res, { consent: {} }, { mergeWithLastSubmission: true });
    }
    const form = await readForm(req);
    const oid = form.get("oid") ?? "";
    if (!findPersonaByOid(oid)) return send(res, 400, "<p>Pick one of the listed accounts.</p>");
    return provider.interactionFinished(req, res, { login: { accountId: oid } }, { mergeWithLastSubmission: false });
  }

  const server: Server = createServer({ cert: certificate.cert, key: certificate.key }, (req, res) => {
    const url = new URL(req.url ?? "/", issuer);
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(url.pathname);
    if (!match) return void oidc(req, res);
    const isLogin = match[2] === "/login";
    if (isLogin !== (req.method === "POST")) return send(res, 405, "<p>Method not allowed.</p>");
    handleInteraction(req, res, match[1] ?? "", isLogin).catch((error: unknown) => {
      const message = error instanceof Error && error.name === "SessionNotFound" ? "This sign-in attempt has expired." : "Sign-in could not continue.";
      if (!res.headersSent) send(res, 400, `<p>${message} Start again from Connector Hub.</p>`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`Port ${options.port} for the local sign-in provider is in use. Free it, or set HUB_OIDC_PORT to another port.`)
          : error,
      ),
    );
    server.listen(options.port, host, () => resolve());
  });
  return {
    issuer,
    caPath: certificate.certPath,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
