import type { Db } from "../client.ts";

export interface UpsertSignedInUserOptions {
  tenantId: string;
  /** Entra object id: the stable key of a person (an e-mail address can change or be reused). */
  oid: string;
  upn: string;
  displayName: string;
  email?: string | null;
  roles: string[];
  /** Group object ids from the ID token's `groups` claim. */
  groupObjectIds: string[];
}

export interface SignedInUser {
  id: string;
  tenantId: string;
  oid: string;
  upn: string;
  displayName: string;
  roles: string[];
  isActive: boolean;
  /** Database ids of the groups, as shares and licence assignments refer to them. */
  groupIds: string[];
}

/**
 * Records a sign-in: the user by tenant + oid (created on first sign-in), their roles and their group memberships as
 * the ID token states them now, so that a person removed from a group in Entra loses what the group gave them.
 */
export async function upsertSignedInUser(db: Db, options: UpsertSignedInUserOptions): Promise<SignedInUser> {
  const { tenantId, oid } = options;
  const objectIds = [...new Set(options.groupObjectIds)];
  return db.$transaction(async (tx) => {
    const user = await tx.user.upsert({
      where: { tenantId_oid: { tenantId, oid } },
      create: { tenantId, oid, upn: options.upn, displayName: options.displayName, email: options.email ?? null, roles: options.roles, lastSeenAt: new Date() },
      update: { upn: options.upn, displayName: options.displayName, email: options.email ?? null, roles: options.roles, lastSeenAt: new Date() },
    });
    const groups = [];
    for (const objectId of objectIds) {
      groups.push(
        await tx.group.upsert({
          where: { tenantId_objectId: { tenantId, objectId } },
          // Entra sends only ids; an administrator can name the group later.
          create: { tenantId, objectId, displayName: objectId },
          update: {},
          select: { id: true },
        }),
      );
    }
    const groupIds = groups.map((g) => g.id);
    await tx.groupMember.deleteMany({ where: { userId: user.id, groupId: { notIn: groupIds } } });
    if (groupIds.length > 0) await tx.groupMember.createMany({ data: groupIds.map((groupId) => ({ groupId, userId: user.id })), skipDuplicates: true });
    return { id: user.id, tenantId, oid, upn: user.upn, displayName: user.displayName, roles: user.roles, isActive: user.isActive, groupIds };
  });
}
