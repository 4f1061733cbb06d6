import "server-only";
import { AppError } from "@connector-hub/db";

/**
 * The body of a request as bytes, never more than `maxBytes`: a declared Content-Length above the limit is refused
 * before anything is read, and a body sent without one (chunked) is counted as it streams and refused, the rest left
 * unread, once it passes the limit. So no caller can make the server hold more than the limit in memory.
 */
export async function readBodyBytes(
  request: Request,
  maxBytes: number,
  tooLarge: (bytes: number) => AppError = defaultTooLarge(maxBytes),
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(declared);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(total);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** The body as UTF-8 text, within the same limit. */
export async function readBodyText(request: Request, maxBytes: number, tooLarge?: (bytes: number) => AppError): Promise<string> {
  return new TextDecoder().decode(await readBodyBytes(request, maxBytes, tooLarge));
}

function defaultTooLarge(maxBytes: number) {
  return (bytes: number) =>
    new AppError(
      "PAYLOAD_TOO_LARGE",
      `The body is over ${formatBytes(maxBytes)} (${formatBytes(bytes)} sent or declared); send at most ${formatBytes(maxBytes)}.`,
    );
}

function formatBytes(bytes: number): string {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
