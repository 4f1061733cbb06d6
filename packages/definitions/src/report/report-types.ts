import type { TPublishedMatch } from "../published/match-published-connectors.ts";
import type { Finding } from "../types.ts";

/** The findings of one input file, with its text when available (the text report quotes the line). */
export interface FileReport {
  file: string;
  findings: Finding[];
  source?: string;
  /** With `validate --published`: the published connectors that match, best first. */
  published?: TPublishedMatch[];
}
