import type { TJsonObject, TJsonValue } from "../../types.ts";

export interface PostmanRequestItem {
  item: TJsonObject & { request?: TJsonObject & { auth?: TJsonValue } };
  /** Where the request sits in the collection file. */
  pointer: string;
}

export function isPostmanCollection(value: TJsonValue): boolean {
  if (!value || typeof value !== "object" || Array.isArray(value)) return false;
  const info = value.info;
  const schema = info && typeof info === "object" && !Array.isArray(info) ? info.schema : undefined;
  if (typeof schema === "string" && /postman/i.test(schema) && Array.isArray(value.item)) return true;
  return Array.isArray(value.requests) && (typeof value.name === "string" || Array.isArray(value.order));
}

export function readDescription(value: TJsonValue | undefined): string | undefined {
  if (typeof value === "string") return value || undefined;
  if (value && typeof value === "object" && !Array.isArray(value) && typeof value.content === "string") return value.content || undefined;
  return undefined;
}

/** A unique PascalCase operationId made from the request's name. */
export function postmanOperationId(name: string, used: Set<string>): string {
  const words = name
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, " ")
    .split(/[\s_-]+/)
    .filter(Boolean);
  let id =
    words
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join("")
      .replace(/^\d+/, "") || "Operation";
  id = id.slice(0, 80);
  let candidate = id;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${id}${n}`;
  used.add(candidate.toLowerCase());
  return candidate;
}
