export type PickReaderVersionOptions = {
  /** Whether the reader may edit the connector (its owner, an editor, an administrator). */
  canEdit: boolean;
  latestNumber: number;
  /** The version an approved sharing request gave people; null when none was approved. */
  sharedNumber: number | null;
};

/**
 * Which version a reader is shown. Editors work on the newest version; everyone else gets the version that was
 * approved for sharing, so a new upload replaces it only through a fresh decision. A connector never approved
 * (shared before pinning, seeded, a sample) shows its newest version.
 */
export function pickReaderVersion(options: PickReaderVersionOptions): number {
  if (options.canEdit || options.sharedNumber === null) return options.latestNumber;
  return Math.min(options.sharedNumber, options.latestNumber);
}
