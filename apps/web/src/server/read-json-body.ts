import "server-only";
import { AppError } from "@connector-hub/db";
import type { z } from "zod";
import { readBodyText } from "@/server/http/read-body.ts";

/** The largest JSON body a route reads: policies, sharing requests and test calls are far smaller. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

export interface ReadJsonBodyOptions {
  /** What the body carries, for the message: "the policy", "the request". */
  what?: string;
  /** An empty body stands for `{}` (endpoints whose every field is optional); invalid JSON is still refused. */
  optional?: boolean;
}

/**
 * The one way a route reads a JSON body: empty (unless optional) or invalid JSON is a 400 that says what to send,
 * never silently `{}`; then the schema parses it (a ZodError is answered by route() with every issue). Without a
 * schema the parsed JSON is returned as is, for data-layer functions that parse their own input.
 */
export async function readJsonBody(request: Request, schema?: undefined, options?: ReadJsonBodyOptions): Promise<unknown>;
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S, options?: ReadJsonBodyOptions): Promise<z.output<S>>;
export async function readJsonBody(request: Request, schema?: z.ZodType, options: ReadJsonBodyOptions = {}): Promise<unknown> {
  const what = options.what ?? "the input";
  const text = await readBodyText(request, MAX_JSON_BODY_BYTES);
  let value: unknown;
  if (text.trim() === "") {
    if (!options.optional) throw new AppError("BAD_REQUEST", `Send ${what} as a JSON body (Content-Type: application/json).`);
    value = {};
  } else {
    try {
      value = JSON.parse(text) as unknown;
    } catch {
      throw new AppError("BAD_REQUEST", `The body is not valid JSON; send ${what} as a JSON object.`);
    }
  }
  return schema ? schema.parse(value) : value;
}
