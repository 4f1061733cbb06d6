import type { Db } from "../client.ts";

/** Assignments with their plan and holder, for the administrators' page (optionally of one user, direct or via groups). */
export async function listLicenceAssignments(db: Db, options: { userId?: string } = {}) {
  const where = options.userId ? { OR: [{ userId: options.userId }, { group: { members: { some: { userId: options.userId } } } }] } : {};
  return db.licenceAssignment.findMany({
    where,
    include: { plan: true, user: { select: { id: true, upn: true, displayName: true } }, group: { select: { id: true, displayName: true } } },
    orderBy: [{ createdAt: "desc" }],
    take: 1000,
  });
}
