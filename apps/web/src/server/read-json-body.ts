import "server-only";
import { AppError } from "@connector-hub/db";

/** The request's JSON body, or a 400 that says what to send (an empty body is allowed when optional). */
export async function readJson(request: Request, options: { optional?: boolean } = {}): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === "") {
    if (options.optional) return undefined;
    throw new AppError("BAD_REQUEST", "Send the policy as a JSON body (Content-Type: application/json).");
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("BAD_REQUEST", "The body is not valid JSON; send the policy as a JSON object.");
  }
}
