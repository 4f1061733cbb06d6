import type { Db } from "../client.ts";

/** The maker's reason for building a connector although published ones matched at import, with those connectors' titles. */
export async function getPublishedDuplicateNote(db: Db, connectorId: string) {
  const note = await db.publishedDuplicateNote.findUnique({ where: { connectorId } });
  if (!note) return null;
  const rows = await db.publishedConnector.findMany({ where: { folder: { in: note.folders } }, select: { folder: true, title: true } });
  const titles = new Map(rows.map((r) => [r.folder, r.title]));
  return {
    reason: note.reason,
    recordedAt: note.recordedAt,
    matches: note.folders.map((folder) => ({ folder, title: titles.get(folder) ?? folder.split("/").pop()! })),
  };
}
