/** Whether an assignment counts now, in words (trials without an expiry end trialDays after their start). */
export function describeAssignmentStatus(
  a: { startsAt: Date; expiresAt: Date | null; plan: { trialDays: number | null } },
  now = new Date(),
): { text: string; isCurrent: boolean } {
  const end = a.expiresAt ?? (a.plan.trialDays ? new Date(a.startsAt.getTime() + a.plan.trialDays * 86_400_000) : null);
  if (a.startsAt > now) return { text: `starts ${a.startsAt.toISOString().slice(0, 10)}`, isCurrent: false };
  if (end && end <= now) return { text: `expired ${end.toISOString().slice(0, 10)}`, isCurrent: false };
  return { text: end ? `until ${end.toISOString().slice(0, 10)}` : "no expiry", isCurrent: true };
}
