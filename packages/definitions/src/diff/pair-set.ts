/**
 * A set of (before node, after node) pairs by object identity. Resolved $refs return the same
 * object every time, so identity dedupes shared definitions, and it also stops loops in object
 * graphs that were dereferenced before they reached the diff.
 */
export class PairSet {
  private readonly pairs = new WeakMap<object, WeakSet<object>>();

  has(before: object, after: object): boolean {
    return this.pairs.get(before)?.has(after) ?? false;
  }

  add(before: object, after: object): void {
    let afters = this.pairs.get(before);
    if (!afters) {
      afters = new WeakSet();
      this.pairs.set(before, afters);
    }
    afters.add(after);
  }
}
