import type { TDiffContext } from "./diff-context.ts";
import { joinPointer, stringAt } from "./json-pointer.ts";
import type { TJsonObject } from "./types.ts";

export interface TTextOptions {
  before: TJsonObject;
  after: TJsonObject;
  /** Pointer of the after node that holds the texts. */
  pointer: string;
  fields: string[];
  /** What the message calls the owner: `operation ListItems`, `input "top" of ListItems`. */
  owner: string;
  operationId?: string;
}

/** Titles, summaries and descriptions: makers read them in the designer, flows never depend on them. */
export function diffText(ctx: TDiffContext, options: TTextOptions): void {
  for (const field of options.fields) {
    const was = stringAt(options.before, field);
    const now = stringAt(options.after, field);
    if (was === now || now === undefined) continue;
    ctx.report(
      "TextChanged",
      joinPointer(options.pointer, field),
      `The ${field} of ${options.owner} changed; flows keep working, makers see the new text in the designer.`,
      options.operationId,
    );
  }
}
