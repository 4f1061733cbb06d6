import { z } from "zod";
import { AppError } from "../app-error.ts";
import type { Db } from "../client.ts";
import { recordAuditEvent, type AuditActor } from "../audit/record-audit-event.ts";

const optionalDate = (what: string) =>
  z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? null : v),
    z.coerce.date({ error: `${what} must be a date such as 2026-12-31.` }).nullable(),
  );

export const ZLicenceAssignmentInput = z
  .object({
    planKey: z.string().trim().min(1, { error: "Choose a plan." }),
    upn: z.string().trim().optional(),
    userId: z.string().trim().optional(),
    groupId: z.string().trim().optional(),
    startsAt: optionalDate("Start"),
    expiresAt: optionalDate("Expiry"),
  })
  .refine((a) => Boolean(a.upn || a.userId) !== Boolean(a.groupId), {
    error: "Assign the plan either to a user (user principal name) or to a group, not both.",
  })
  .refine((a) => !a.startsAt || !a.expiresAt || a.expiresAt > a.startsAt, { error: "The expiry must be after the start." });

/** Gives a user or a group a licence plan, optionally from/until a date, and audits it. */
export async function assignLicence(db: Db, options: { input: unknown; actor: AuditActor; requestId?: string | null }) {
  const input = ZLicenceAssignmentInput.parse(options.input);
  return db.$transaction(async (tx) => {
    const plan = await tx.licencePlan.findUnique({ where: { key: input.planKey } });
    if (!plan) throw new AppError("NOT_FOUND", `There is no plan ${input.planKey}: pick one from the list of plans.`);
    let userId: string | null = null;
    let groupId: string | null = null;
    if (input.groupId) {
      const group = await tx.group.findUnique({ where: { id: input.groupId } });
      if (!group) throw new AppError("NOT_FOUND", "That group does not exist: pick one from the list.");
      groupId = group.id;
    } else {
      const user = input.userId
        ? await tx.user.findUnique({ where: { id: input.userId } })
        : await tx.user.findFirst({ where: { upn: { equals: input.upn ?? "", mode: "insensitive" } } });
      if (!user)
        throw new AppError("NOT_FOUND", `No user has the principal name ${input.upn ?? input.userId}: check the spelling, or ask them to sign in once.`);
      userId = user.id;
    }
    const assignment = await tx.licenceAssignment.create({
      data: { planId: plan.id, userId, groupId, ...(input.startsAt ? { startsAt: input.startsAt } : {}), expiresAt: input.expiresAt },
    });
    await recordAuditEvent(tx, {
      actor: options.actor,
      action: "licence_assignment.created",
      entityType: "LicenceAssignment",
      entityId: assignment.id,
      after: { plan: plan.key, userId, groupId, startsAt: assignment.startsAt, expiresAt: assignment.expiresAt },
      requestId: options.requestId ?? null,
    });
    return assignment;
  });
}
