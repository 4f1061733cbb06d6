import { followRef } from "../../document/resolve-ref.ts";
import type { TJsonObject, TJsonValue } from "../../types.ts";
import type { LossCollector } from "./loss-collector.ts";

export interface TConvertContext {
  /** The OpenAPI 3 document being converted. */
  source: TJsonObject;
  losses: LossCollector;
  version: "3.0" | "3.1";
}

export function asObject(value: TJsonValue | undefined): TJsonObject | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : undefined;
}

export function asArray(value: TJsonValue | undefined): TJsonValue[] {
  return Array.isArray(value) ? value : [];
}

/** Copies the x- extensions of an object (they mean the same in 2.0: x-ms-* above all). */
export function copyExtensions(from: TJsonObject, to: TJsonObject): void {
  for (const [key, value] of Object.entries(from)) if (key.startsWith("x-")) to[key] = value;
}

/**
 * Resolves an object that may be a local $ref (components/parameters, requestBodies, responses, headers,
 * examples) to its target, with the pointer of the target for the loss report. External and broken
 * references are reported once and give undefined.
 */
export function deref(ctx: TConvertContext, value: TJsonValue | undefined, pointer: string): { value: TJsonObject; pointer: string } | undefined {
  const obj = asObject(value);
  if (!obj) return undefined;
  if (typeof obj.$ref !== "string") return { value: obj, pointer };
  const outcome = followRef(ctx.source, obj.$ref);
  if (outcome.ok) {
    const target = asObject(outcome.value);
    return target ? { value: target, pointer: outcome.pointer.replace(/^#/, "") } : undefined;
  }
  if (outcome.problem === "external") {
    ctx.losses.add(
      "ExternalRef",
      pointer,
      `The reference ${obj.$ref} points to another file; the converter does not fetch files, so this object was dropped. Bundle the document into one file first.`,
    );
  } else {
    ctx.losses.add(
      "UnresolvedRef",
      pointer,
      `The reference ${obj.$ref} cannot be resolved (${outcome.problem}); the object was dropped. Point it at an existing component.`,
    );
  }
  return undefined;
}

/** The media type to keep among several: JSON first (the platform's designer reads JSON bodies), then forms. */
export function chooseMediaType(types: string[]): string | undefined {
  const isJson = (t: string) => /^application\/(?:[\w.+-]*\+)?json\b/i.test(t) || t === "*/*";
  return (
    types.find((t) => /^application\/json\b/i.test(t)) ??
    types.find(isJson) ??
    types.find((t) => /^multipart\/form-data\b/i.test(t)) ??
    types.find((t) => /^application\/x-www-form-urlencoded\b/i.test(t)) ??
    types[0]
  );
}
