import type { Position as TPosition } from "../types.ts";
import type { TDiffResult } from "./types.ts";

export interface TDiffReportInput {
  result: TDiffResult;
  /** File names (or URIs) as the user gave them; removals point into the before file. */
  beforeName: string;
  afterName: string;
  locateBefore?: (pointer: string) => TPosition | undefined;
  locateAfter?: (pointer: string) => TPosition | undefined;
}
