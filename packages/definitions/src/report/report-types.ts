import type { Finding } from "../types.ts";

/** The findings of one input file, with its text when available (the text report quotes the line). */
export interface FileReport {
  file: string;
  findings: Finding[];
  source?: string;
}
