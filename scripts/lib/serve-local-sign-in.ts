// A part of `npm start` (its own process, so the supervisor can restart it): the local OpenID provider on
// HUB_OIDC_PORT with the client the web app was given (HUB_LOCAL_CLIENT_SECRET), its certificate under <data>/oidc
// (generated once, so a restart keeps the certificate the web app trusts), until SIGTERM.
import path from "node:path";
import { resolveDataRoot } from "@connector-hub/db/node";
import { startLocalProvider } from "@connector-hub/oidc-provider";
import { announceFailure, announceReady } from "./processes.ts";

const publicUrl = (process.env.HUB_PUBLIC_URL ?? "http://localhost:3000").replace(/\/+$/, "");
try {
  const provider = await startLocalProvider({
    port: Number(process.env.HUB_OIDC_PORT),
    certDir: path.join(resolveDataRoot(), "oidc"),
    client: {
      clientId: process.env.HUB_LOCAL_CLIENT_ID ?? "connector-hub-local",
      clientSecret: process.env.HUB_LOCAL_CLIENT_SECRET ?? "",
      redirectUris: [`${publicUrl}/auth/callback`],
      postLogoutRedirectUris: [`${publicUrl}/`],
    },
  });
  process.once("SIGTERM", () => void provider.close().finally(() => process.exit(0)));
  process.once("SIGINT", () => void provider.close().finally(() => process.exit(0)));
  announceReady({ issuer: provider.issuer, caPath: provider.caPath });
} catch (error) {
  announceFailure(error instanceof Error ? error.message : String(error), 1);
}
