/** What the hub says about the connector a definition belongs to: who gets it, and which operations they have. */
export interface THubImpact {
  slug: string;
  sharingScope?: string;
  sharedVersion?: number | null;
  /** Operations of the version people it is shared with use, that the breaking changes touch. */
  affectedOperations: string[];
  problem?: string;
}

interface TConnectorAnswer {
  sharingScope?: string;
  sharedVersion?: { number?: number } | null;
  operations?: { operationId?: string }[];
}

/**
 * Asks the hub's REST API (GET /api/v1/connectors/{slug}, Bearer token with connectors:read) who uses the
 * connector, and which of the operations the breaking changes touch are in what they use. The token is sent only
 * to the hub URL given and never printed.
 */
export async function askHubImpact(options: {
  hubUrl: string;
  token: string;
  slug: string;
  touchedOperations: string[];
  fetchImpl?: typeof fetch;
}): Promise<THubImpact> {
  const url = new URL(`/api/v1/connectors/${encodeURIComponent(options.slug)}`, options.hubUrl);
  const doFetch = options.fetchImpl ?? fetch;
  try {
    const response = await doFetch(url, {
      headers: { authorization: `Bearer ${options.token}`, accept: "application/json" },
      signal: AbortSignal.timeout(15_000),
    });
    if (!response.ok) {
      return {
        slug: options.slug,
        affectedOperations: [],
        problem: `the hub answered ${response.status} for ${url.pathname}${response.status === 401 ? " (check the token)" : response.status === 404 ? " (check hub-connector: the slug of the connector in the hub)" : ""}`,
      };
    }
    const body = (await response.json()) as TConnectorAnswer;
    const known = new Set((body.operations ?? []).map((o) => o.operationId).filter((id): id is string => typeof id === "string"));
    return {
      slug: options.slug,
      sharingScope: body.sharingScope,
      sharedVersion: body.sharedVersion?.number ?? null,
      affectedOperations: options.touchedOperations.filter((id) => known.has(id)),
    };
  } catch (error) {
    return { slug: options.slug, affectedOperations: [], problem: `the hub could not be reached (${error instanceof Error ? error.message : String(error)})` };
  }
}
