import type { Finding, TDiffResult } from "@connector-hub/definitions";
import { summarizeDefinition } from "@connector-hub/definitions/summary";
import type { Db } from "../client.ts";
import { VERSION_LISTING_FIELDS } from "./version-fields.ts";

/**
 * One version of a connector with everything needed to show its findings beside the source lines and to download it:
 * the exact source text, the definition, apiProperties and script. The latest version when `number` is omitted.
 */
export async function getConnectorVersion(db: Db, options: { slug: string; number?: number }) {
  const connector = await db.connector.findUnique({
    where: { slug: options.slug },
    select: { id: true, slug: true, title: true, ownerId: true, scope: true, icon: true, shares: true, sharedVersion: { select: { number: true } } },
  });
  if (!connector) return null;
  const version = await db.connectorVersion.findFirst({
    where: { connectorId: connector.id, ...(options.number === undefined ? {} : { number: options.number }) },
    orderBy: { number: "desc" },
    select: { ...VERSION_LISTING_FIELDS, sourceText: true, definition: true, apiProperties: true, script: true, findings: true },
  });
  if (!version) return null;
  // What this version says of itself: the connector row mirrors only the newest upload, and a reader pinned to an
  // approved version must see that version's host and sign-in.
  const summary = summarizeDefinition(
    version.definition as Record<string, unknown>,
    (version.apiProperties ?? undefined) as Record<string, unknown> | undefined,
  );
  return {
    connector,
    version: {
      ...version,
      findings: version.findings as unknown as Finding[],
      breakingChanges: version.breakingChanges as unknown as TDiffResult | null,
      facts: {
        host: summary.host,
        basePath: summary.basePath || "/",
        authType: summary.authType,
        identityProvider: summary.identityProvider,
        description: summary.description,
      },
    },
  };
}
