/**
 * The columns of a connector version that every version listing shows (number, file, when, counts, the breaking
 * changes, the content hash that tells a re-upload), selected the same way by the connector page and the version page.
 */
export const VERSION_LISTING_FIELDS = {
  id: true,
  number: true,
  sourceFormat: true,
  fileName: true,
  createdAt: true,
  errorCount: true,
  warningCount: true,
  breakingCount: true,
  breakingChanges: true,
  contentHash: true,
} as const;
