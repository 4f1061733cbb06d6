import { z } from "zod";

/** A field with what Power Automate shows for it (x-ms-summary) and says about it (description). */
const field = <T extends z.ZodType>(schema: T, summary: string, description: string) => schema.meta({ "x-ms-summary": summary, description });

const optionalText = (max: number, message: string) => z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().max(max, message).optional());

/** GET /api/v1/published-connectors/matches: a host, a title, or both. */
export const ZPublishedLookupQuery = z
  .object({
    host: optionalText(253, "A host is at most 253 characters."),
    title: optionalText(120, "Titles are at most 120 characters."),
    limit: z.coerce.number().int().min(1, "limit is 1 to 20.").max(20, "limit is 1 to 20.").default(5),
  })
  .refine((q) => q.host !== undefined || (q.title !== undefined && q.title.length >= 3), {
    message: "Give a host (api.example.com), a title of 3 characters or more, or both; or POST a whole definition.",
  });

/** Beside an import: why a new connector is needed although published ones match (the wizard's question 1). */
export const ZPublishedNoteFields = z.object({
  publishedReason: optionalText(2000, "The reason is at most 2,000 characters: say in a few sentences why the published connector does not do."),
});

export const ZPublishedMatch = z.object({
  folder: field(z.string(), "Folder", "The connector's folder in microsoft/PowerPlatformConnectors."),
  url: field(z.string(), "Link", "The folder on GitHub, at the index's commit."),
  kind: field(z.enum(["certified", "independent-publisher"]), "Kind", "Certified (by its publisher) or independent publisher (by the community)."),
  title: field(z.string(), "Title", "The published connector's title."),
  publisher: field(z.string().nullable(), "Publisher", "Who publishes it."),
  host: field(z.string(), "Host", "Its host as published (may be a placeholder)."),
  operationCount: field(z.number().int(), "Operations", "Its distinct operations (method and path)."),
  score: field(z.number(), "Score", "How strongly it matches, 0 to 100."),
  reasons: field(
    z.array(z.object({ code: z.enum(["SAME_HOST", "SAME_DOMAIN", "SIMILAR_TITLE", "SHARED_OPERATIONS", "SAME_PUBLISHER"]), message: z.string() })),
    "Reasons",
    "Why it matches: same host, same registrable domain, similar title, shared operations, same publisher.",
  ),
  sharedOperations: field(
    z.array(z.object({ operationId: z.string(), method: z.string(), path: z.string() })),
    "Shared operations",
    "Its operations that yours has too (method and path, parameter names ignored); at most 50.",
  ),
  sharedOperationCount: field(z.number().int(), "Shared operation count", "How many operations the two have in common."),
});

export const ZPublishedSnapshot = z.object({
  source: field(z.string(), "Source", "The repository the index was built from."),
  commit: field(z.string(), "Commit", "The repository's commit the index was built from."),
  date: field(z.string(), "Date", "The commit's date."),
  connectorCount: field(z.number().int(), "Connectors", "Connectors in the index."),
  operationCount: field(z.number().int(), "Operations", "Operations in the index."),
  unreadable: field(z.number().int(), "Unreadable", "Folders left out because their definition is not strict JSON."),
  loadedAt: field(z.string(), "Loaded at", "When the hub loaded it."),
  loadedBy: field(z.string(), "Loaded by", '"seed" or the administrator who uploaded it.'),
});

export const ZPublishedMatches = z.object({
  snapshot: field(ZPublishedSnapshot.nullable(), "Index", "The index of published connectors the lookup ran against (null: none loaded)."),
  matches: field(z.array(ZPublishedMatch), "Matches", "Published connectors for the same API, best first."),
});

/** The snapshot row as the API answers it. */
export function toSnapshotAnswer(
  row: {
    source: string;
    commit: string;
    date: string;
    connectorCount: number;
    operationCount: number;
    unreadable: number;
    loadedAt: Date;
    loadedBy: string;
  } | null,
) {
  return row ? { ...row, loadedAt: row.loadedAt.toISOString() } : null;
}
