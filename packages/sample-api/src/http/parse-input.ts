import type { z } from "zod";
import { AppError } from "./app-error.ts";

export type TInputPlace = "query parameter" | "path parameter" | "body field" | "form field";

// zod's own messages name the rule but not the field, so each issue is prefixed with where it sits.
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, place: TInputPlace): z.output<T> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => {
    if (issue.code === "unrecognized_keys") {
      const where = issue.path.length > 0 ? ` in '${issue.path.map(String).join(".")}'` : "";
      return `remove the unknown ${place}${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((key) => `'${key}'`).join(", ")}${where}`;
    }
    const field = issue.path.map(String).join(".");
    return field ? `${place} '${field}': ${issue.message}` : `${place}s: ${issue.message}`;
  });
  throw new AppError("bad_request", `Fix the request: ${details.join("; ")}.`);
}
