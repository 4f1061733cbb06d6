// The whole lookup in memory, over an index file: what the CLI (`validate --published`) uses, with no database.
// The hub does the same with PostgreSQL (packages/db, find-published-matches.ts) and the same scoring.
import { describeHost, type THostFacts } from "./describe-host.ts";
import { operationSignature, operationSignatures } from "./operation-signature.ts";
import { scorePublishedMatch, type TMatchReason } from "./score-published-match.ts";
import { setSimilarity, trigrams } from "./trigram-similarity.ts";
import { publishedFolderUrl, type TPublishedConnector, type TPublishedIndex, type TPublishedKind } from "./types.ts";

export interface TPublishedMatchQuery {
  host?: string;
  title?: string;
  publisher?: string | null;
  basePath?: string;
  operations?: readonly { method: string; path: string }[];
}

export interface TSharedOperation {
  operationId: string;
  method: string;
  path: string;
}

export interface TPublishedMatch {
  folder: string;
  url: string;
  kind: TPublishedKind;
  title: string;
  publisher: string | null;
  host: string;
  operationCount: number;
  score: number;
  reasons: TMatchReason[];
  /** The published connector's own operations that the maker's connector has too (at most 50). */
  sharedOperations: TSharedOperation[];
  sharedOperationCount: number;
}

export const SHARED_OPERATIONS_SHOWN = 50;

interface Prepared {
  connector: TPublishedConnector;
  host: THostFacts;
  signatures: Map<string, TPublishedOperation>;
  titleTrigrams: Set<string>;
}
type TPublishedOperation = TPublishedConnector["operations"][number];

export interface TPreparedIndex {
  commit: string;
  entries: Prepared[];
}

export function preparePublishedIndex(index: TPublishedIndex): TPreparedIndex {
  return {
    commit: index.commit,
    entries: index.connectors.map((connector) => {
      const signatures = new Map<string, TPublishedOperation>();
      for (const op of connector.operations) {
        const s = operationSignature(op.method, op.path, connector.basePath);
        if (s && !signatures.has(s)) signatures.set(s, op);
      }
      return { connector, host: describeHost(connector.host), signatures, titleTrigrams: trigrams(connector.title) };
    }),
  };
}

/** Published connectors that match, best first (score, then title). */
export function matchPublishedConnectors(index: TPreparedIndex, query: TPublishedMatchQuery, options: { limit?: number } = {}): TPublishedMatch[] {
  const host = describeHost(query.host);
  const title = trigrams(query.title ?? "");
  const mine = operationSignatures(query.operations ?? [], query.basePath);
  const matches: TPublishedMatch[] = [];
  for (const entry of index.entries) {
    const shared: TSharedOperation[] = [];
    for (const s of mine) {
      const op = entry.signatures.get(s);
      if (op) shared.push({ operationId: op.operationId, method: op.method, path: op.path });
    }
    const scored = scorePublishedMatch({
      mine: { host, operationCount: mine.size, publisher: query.publisher },
      theirs: { title: entry.connector.title, host: entry.host, operationCount: entry.signatures.size, publisher: entry.connector.publisher },
      titleSimilarity: setSimilarity(title, entry.titleTrigrams),
      sharedOperations: shared.length,
    });
    if (!scored) continue;
    matches.push(toMatch(entry.connector, index.commit, scored, shared, entry.signatures.size));
  }
  return rankMatches(matches).slice(0, options.limit ?? 5);
}

export function toMatch(
  connector: Pick<TPublishedConnector, "folder" | "kind" | "title" | "publisher" | "host">,
  commit: string,
  scored: { score: number; reasons: TMatchReason[] },
  shared: TSharedOperation[],
  operationCount: number,
): TPublishedMatch {
  return {
    folder: connector.folder,
    url: publishedFolderUrl(connector.folder, commit),
    kind: connector.kind,
    title: connector.title,
    publisher: connector.publisher ?? null,
    host: connector.host,
    operationCount,
    score: scored.score,
    reasons: scored.reasons,
    sharedOperations: shared.slice(0, SHARED_OPERATIONS_SHOWN),
    sharedOperationCount: shared.length,
  };
}

export function rankMatches(matches: TPublishedMatch[]): TPublishedMatch[] {
  return matches.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title) || a.folder.localeCompare(b.folder));
}
