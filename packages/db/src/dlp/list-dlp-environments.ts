import type { Db } from "../client.ts";

/** Environments a DLP policy can be scoped to, for the editor's choice. */
export async function listDlpEnvironments(db: Db): Promise<{ id: string; name: string; displayName: string }[]> {
  return db.environment.findMany({ select: { id: true, name: true, displayName: true }, orderBy: { displayName: "asc" } });
}
