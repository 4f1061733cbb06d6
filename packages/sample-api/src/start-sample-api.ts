import type { TSampleApiOptions } from "./create-sample-api.ts";
import { createSampleApi } from "./create-sample-api.ts";

export type TStartSampleApiOptions = Omit<TSampleApiOptions, "publicUrl"> & {
  port?: number;
  host?: string;
  /** Address clients use; default: each request's Host header. */
  publicUrl?: string | undefined;
};

export type TRunningSampleApi = {
  /** Address clients should use: publicUrl when given, else where it listens. */
  url: string;
  /** Where it actually listens (useful with port 0). */
  localUrl: string;
  close: () => Promise<void>;
};

export class PortInUseError extends Error {
  constructor(host: string, port: number) {
    super(`Port ${port} on ${host} is already in use; stop what runs there or set SAMPLE_API_PORT to a free port.`);
    this.name = "PortInUseError";
  }
}

export async function startSampleApi({ port = 3001, host = "127.0.0.1", publicUrl, ...rest }: TStartSampleApiOptions = {}): Promise<TRunningSampleApi> {
  // Without a public URL, links are built from each request's Host header, which also works for port 0.
  const app = createSampleApi({ ...rest, publicUrl });
  try {
    await app.listen({ port, host });
  } catch (error) {
    await app.close();
    if (error instanceof Error && "code" in error && error.code === "EADDRINUSE") throw new PortInUseError(host, port);
    throw error;
  }
  const address = app.server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const boundUrl = `http://${host.includes(":") ? `[${host}]` : host}:${actualPort}`;
  return { url: publicUrl?.replace(/\/+$/, "") ?? boundUrl, localUrl: boundUrl, close: () => app.close() };
}
