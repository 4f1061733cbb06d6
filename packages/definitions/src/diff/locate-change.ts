import { sideOfChange } from "./change-codes.ts";
import type { Position as TPosition } from "../types.ts";
import type { TDiffReportInput } from "./report-types.ts";
import type { TChange } from "./types.ts";

export interface TChangeLocation {
  file: string;
  position?: TPosition;
}

/** The file (and line, when known) a change points into. */
export function locateChange(input: TDiffReportInput, change: TChange): TChangeLocation {
  if (sideOfChange(change.code) === "before") return { file: input.beforeName, position: input.locateBefore?.(change.path) };
  return { file: input.afterName, position: input.locateAfter?.(change.path) };
}
