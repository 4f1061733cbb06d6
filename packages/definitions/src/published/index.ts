export * from "./types.ts";
export { describeHost, type THostFacts } from "./describe-host.ts";
export { operationSignature, operationSignatures } from "./operation-signature.ts";
export { setSimilarity, trigrams, trigramSimilarity } from "./trigram-similarity.ts";
export * from "./score-published-match.ts";
export * from "./match-published-connectors.ts";
export { PublishedIndexError, readPublishedIndex } from "./read-published-index.ts";
