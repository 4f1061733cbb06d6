import type { Db } from "../client.ts";

/** The sample connectors with the operations of their current version, for the Samples page. */
export async function listSampleConnectors(db: Db) {
  const connectors = await db.connector.findMany({
    where: { isSample: true, lifecycle: "PUBLISHED", scope: "PUBLIC" },
    orderBy: { slug: "asc" },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      host: true,
      basePath: true,
      authType: true,
      brandColor: true,
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        select: {
          definition: true,
          operations: { orderBy: { id: "asc" }, select: { operationId: true, kind: true, triggerKind: true, method: true, path: true, summary: true } },
        },
      },
    },
  });
  return connectors.map(({ versions, ...connector }) => {
    const schemes = (versions[0]?.definition as { schemes?: unknown } | undefined)?.schemes;
    const scheme =
      Array.isArray(schemes) && schemes.includes("https") ? "https" : Array.isArray(schemes) && typeof schemes[0] === "string" ? schemes[0] : "https";
    return { ...connector, scheme, operations: versions[0]?.operations ?? [] };
  });
}
