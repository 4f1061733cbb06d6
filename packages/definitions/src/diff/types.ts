import type { CHANGE_CODES } from "./change-codes.ts";

export type TChangeCode = keyof typeof CHANGE_CODES;
export type TChangeKind = "breaking" | "non-breaking";

export interface TChange {
  code: TChangeCode;
  kind: TChangeKind;
  /** JSON pointer into the after document, or into the before document for removals. */
  path: string;
  /** The operation whose flows notice; absent for connection-level changes. */
  operationId?: string;
  message: string;
}

export interface TDiffResult {
  changes: TChange[];
  summary: { breaking: number; nonBreaking: number };
  /** Problems in the inputs that limited the comparison (an unresolvable $ref, ...). */
  warnings: string[];
}

/** A JSON object as parsed from a definition. */
export type TJsonObject = Record<string, unknown>;

/** A node found in one of the two documents, with the pointer where it really lives. */
export interface TLocated<T = TJsonObject> {
  node: T;
  pointer: string;
}
