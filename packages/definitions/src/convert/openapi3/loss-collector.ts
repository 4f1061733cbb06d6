import type { TLossCode } from "./loss-codes.ts";

/** One entry of the loss report before it is placed: the code, where in the source, what was done. */
export interface TRawLoss {
  code: TLossCode;
  path: string;
  message: string;
}

/** Collects losses; the same code at the same place is said once (a shared schema reached twice). */
export class LossCollector {
  readonly items: TRawLoss[] = [];
  private readonly seen = new Set<string>();

  add(code: TLossCode, path: string, message: string): void {
    const key = `${code}\u0000${path}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push({ code, path, message });
  }
}
