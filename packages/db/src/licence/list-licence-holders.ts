import type { Db } from "../client.ts";

export interface LicenceHolders {
  users: { id: string; upn: string; displayName: string }[];
  groups: { id: string; displayName: string }[];
}

const MAX_LISTED = 1000;

/** The active people and the groups an administrator can assign a plan to or check, by name. */
export async function listLicenceHolders(db: Db): Promise<LicenceHolders> {
  const [users, groups] = await Promise.all([
    db.user.findMany({ where: { isActive: true }, select: { id: true, upn: true, displayName: true }, orderBy: { displayName: "asc" }, take: MAX_LISTED }),
    db.group.findMany({ select: { id: true, displayName: true }, orderBy: { displayName: "asc" }, take: MAX_LISTED }),
  ]);
  return { users, groups };
}
