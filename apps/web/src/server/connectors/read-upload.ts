import "server-only";
import { AppError, MAX_UPLOAD_BYTES, type ConnectorSourceInput } from "@connector-hub/db";
import type { NextRequest } from "next/server";
import { readBodyBytes } from "@/server/http/read-body.ts";

export interface Upload {
  source: ConnectorSourceInput;
  /** Form fields or query parameters beside the file (the wizard's answers). */
  fields: Record<string, string>;
}

function tooLarge(size: number): AppError {
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    `The upload is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_UPLOAD_BYTES / 1048576} MB. Remove unused schemas or split the API into several connectors.`,
  );
}

/**
 * The upload of a connector, either as multipart/form-data (field "file", or "text" for a pasted definition, plus
 * answers as fields) or as the raw body with options in the query string (?fileName=&scope=...). The declared
 * length is checked before reading, so an oversized upload costs nothing, and a body sent without one is cut off
 * as soon as it passes the limit.
 */
export async function readUpload(request: NextRequest): Promise<Upload> {
  const contentType = request.headers.get("content-type") ?? "";
  const query = Object.fromEntries(request.nextUrl.searchParams.entries());
  if (/^multipart\/form-data/i.test(contentType)) {
    // Multipart framing adds a little; the file itself is checked exactly afterwards.
    const raw = await readBodyBytes(request, MAX_UPLOAD_BYTES + 64 * 1024, tooLarge);
    const form = await new Response(raw, { headers: { "content-type": contentType } }).formData().catch(() => {
      throw new AppError("BAD_REQUEST", "The form data could not be read. Send the file as multipart/form-data in a field named file.");
    });
    const fields: Record<string, string> = { ...query };
    let source: ConnectorSourceInput | null = null;
    let apiProperties: string | null = null;
    for (const [key, value] of form.entries()) {
      if (typeof value === "string") fields[key] = value;
      else if (key === "file" && value.size > 0) {
        if (value.size > MAX_UPLOAD_BYTES) throw tooLarge(value.size);
        source = { content: new Uint8Array(await value.arrayBuffer()), fileName: value.name, contentType: value.type || null };
      } else if (key === "apiProperties" && value.size > 0) apiProperties = await value.text();
    }
    if (!source && fields.text?.trim()) source = { content: fields.text, fileName: fields.fileName || "pasted.json", isForm: fields.sourceKind === "form" };
    if (!source) throw new AppError("BAD_REQUEST", "Nothing to import: attach the definition in a field named file, or paste it in a field named text.");
    return { source: { ...source, apiProperties: apiProperties ?? fields.apiProperties ?? null }, fields };
  }
  const body = await readBodyBytes(request, MAX_UPLOAD_BYTES, tooLarge);
  const fileName =
    query.fileName ??
    request.headers.get("x-file-name") ??
    (/zip/i.test(contentType) ? "connector.zip" : /yaml/i.test(contentType) ? "definition.yaml" : "definition.json");
  return { source: { content: body, fileName, contentType: contentType || null }, fields: query };
}
