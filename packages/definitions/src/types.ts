export type TSeverity = "error" | "warning" | "info";

/** One problem found in a file, with where it is and what to change. */
export interface Finding {
  code: string;
  severity: TSeverity;
  message: string;
  /** JSON pointer into the file's document ("" is the whole document). */
  path: string;
  line: number;
  column: number;
  file: string;
}

/** What a rule's check returns: the message and where; the engine adds code, severity and position. */
export interface Issue {
  message: string;
  path: string;
  /** Set when the position is known without a pointer (syntax errors). */
  offset?: number;
  /** Set when one case of a rule is known to be accepted by the platform (a placeholder host): reported below the rule's severity. */
  severity?: TSeverity;
}

export type TJsonValue = null | boolean | number | string | TJsonValue[] | { [key: string]: TJsonValue };
export type TJsonObject = { [key: string]: TJsonValue };

export interface Position {
  line: number;
  column: number;
}
