import type { DbOrTx } from "../audit/record-audit-event.ts";

export interface ListPeopleOptions {
  /** Leave out deactivated accounts (pickers of people to share with or assign to); the audit filter keeps them. */
  activeOnly?: boolean;
  /** Leave out this person (the one asking, who cannot share with themselves). */
  excludeUserId?: string;
  /** Only people with one of these app roles (the makers who may own an adopted connector). */
  roles?: string[];
  take?: number;
}

export type PersonChoice = { id: string; displayName: string; upn: string };

/** People for a picker, by display name. */
export async function listPeople(db: DbOrTx, options: ListPeopleOptions = {}): Promise<PersonChoice[]> {
  return db.user.findMany({
    where: {
      ...(options.activeOnly ? { isActive: true } : {}),
      ...(options.excludeUserId ? { id: { not: options.excludeUserId } } : {}),
      ...(options.roles ? { roles: { hasSome: options.roles } } : {}),
    },
    select: { id: true, displayName: true, upn: true },
    orderBy: { displayName: "asc" },
    take: options.take ?? 500,
  });
}

/** The people who can still sign in, for pickers (share with, assign a licence to). */
export function listActivePeople(db: DbOrTx, options: Omit<ListPeopleOptions, "activeOnly"> = {}): Promise<PersonChoice[]> {
  return listPeople(db, { ...options, activeOnly: true });
}
