import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface LocalCertificate {
  /** PEM of the self-signed certificate; hand it to clients as their trusted CA. */
  cert: string;
  key: string;
  certPath: string;
  keyPath: string;
}

export interface EnsureCertificateOptions {
  /** Folder for cert.pem and key.pem (created if missing), e.g. <repo>/.data/oidc. */
  dir: string;
  /** Host names and IPs the certificate must cover. */
  hosts?: string[];
}

/**
 * The local provider's TLS certificate: generated once with openssl (present on every Linux and macOS, so nothing is
 * downloaded), then reused so browsers that were told to trust it keep trusting it.
 */
export function ensureCertificate(options: EnsureCertificateOptions): LocalCertificate {
  const hosts = options.hosts ?? ["localhost", "127.0.0.1"];
  const certPath = path.join(options.dir, "cert.pem");
  const keyPath = path.join(options.dir, "key.pem");
  if (!existsSync(certPath) || !existsSync(keyPath)) {
    mkdirSync(options.dir, { recursive: true, mode: 0o700 });
    const san = hosts.map((h) => (/^[\d.]+$|:/.test(h) ? `IP:${h}` : `DNS:${h}`)).join(",");
    try {
      execFileSync(
        "openssl",
        [
          "req",
          "-x509",
          "-newkey",
          "ec",
          "-pkeyopt",
          "ec_paramgen_curve:prime256v1",
          "-nodes",
          "-sha256",
          "-days",
          "825",
          "-keyout",
          keyPath,
          "-out",
          certPath,
          "-subj",
          "/CN=Connector Hub local sign-in",
          "-addext",
          `subjectAltName=${san}`,
          "-addext",
          "basicConstraints=critical,CA:TRUE",
          "-addext",
          "keyUsage=critical,digitalSignature,keyCertSign",
        ],
        { stdio: ["ignore", "ignore", "pipe"] },
      );
      chmodSync(keyPath, 0o600);
    } catch (error) {
      const detail = error instanceof Error && "stderr" in error ? String((error as { stderr: unknown }).stderr).trim() : String(error);
      throw new Error(
        `Could not generate the local sign-in certificate with openssl (${detail || "openssl not found"}). Install openssl, or set the ENTRA_* settings to use Microsoft Entra ID.`,
      );
    }
  }
  return { cert: readFileSync(certPath, "utf8"), key: readFileSync(keyPath, "utf8"), certPath, keyPath };
}
