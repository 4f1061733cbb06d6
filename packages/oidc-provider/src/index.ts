export { startLocalProvider, type RunningLocalProvider, type StartLocalProviderOptions } from "./start-local-provider.ts";
export { createLocalProvider, type CreateLocalProviderOptions, type LocalClient } from "./create-local-provider.ts";
export { ensureCertificate, type LocalCertificate, type EnsureCertificateOptions } from "./ensure-certificate.ts";
export { buildPersonaClaims, findPersonaByOid } from "./persona-claims.ts";
