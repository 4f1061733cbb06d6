import type { EligibilityResult, EligibilityUser, EligibilityVerdict, IgnoredAssignment, LicencePlan } from "../types.ts";
import { comparePlans } from "./compare-plans.ts";
import { evaluatePlan, type PlanVerdict, type PlanVerdicts } from "./evaluate-plan.ts";
import type { PreparedEligibility } from "./prepare-eligibility.ts";

const DAY_MS = 86_400_000;

type Evaluated = { plan: LicencePlan; verdicts: PlanVerdicts; score: number };

/** One user's verdicts against a prepared connector/environment situation. */
export function decideEligibility(prepared: PreparedEligibility, user: EligibilityUser, ownedCount: number, nowMs: number): EligibilityResult {
  const w = prepared.situation.words;
  const { valid, ignored } = resolveAssignments(prepared, user, nowMs);
  const evaluated: Evaluated[] = valid.map((plan) => {
    const cacheKey = `${plan.key}\u0000${ownedCount}`;
    let verdicts = prepared.verdictCache.get(cacheKey);
    if (verdicts === undefined) {
      verdicts = evaluatePlan(plan, prepared.situation, ownedCount);
      prepared.verdictCache.set(cacheKey, verdicts);
    }
    const score = (verdicts.use.allowed ? 4 : 0) + (verdicts.create.allowed ? 2 : 0) + (verdicts.share.allowed ? 1 : 0);
    return { plan, verdicts, score };
  });
  evaluated.sort((a, b) => b.score - a.score || comparePlans(a.plan, b.plan));
  const effective = evaluated[0];
  const effectivePlan = effective?.plan.key ?? null;
  const held = new Set(valid.map((p) => p.key));
  const ignoredNote = ignored.length > 0 ? ` ${ignored.map((i) => i.reason).join(" ")}` : "";

  if (prepared.blanketRefusal !== null) {
    const v = prepared.blanketRefusal;
    return { userId: user.id, canUse: { ...v }, canCreate: { ...v }, canShare: { ...v }, effectivePlan, ignored };
  }
  if (effective === undefined) {
    const createSuggestion = suggestCreatePlan(prepared, held, ownedCount);
    const none = (what: string, suggestion: string | undefined): EligibilityVerdict => ({
      allowed: false,
      rule: "no_valid_plan",
      reason: `${w.You} hold no current licence plan that covers custom connectors, so ${w.you} cannot ${what} one.${ignoredNote}${suggestion ? ` A ${nameOf(prepared, suggestion)} plan would allow it.` : ""}`,
      ...(suggestion ? { planThatWouldChangeIt: suggestion } : {}),
    });
    return {
      userId: user.id,
      canUse: none("use", prepared.useSuggestion),
      canCreate: none("create", createSuggestion),
      canShare: none("share", prepared.shareSuggestion),
      effectivePlan,
      ignored,
    };
  }

  const pick = (kind: keyof PlanVerdicts, suggestion: () => string | undefined, better?: (a: Evaluated, b: Evaluated) => number) => {
    const allowed = evaluated.filter((e) => e.verdicts[kind].allowed);
    if (better) allowed.sort(better);
    const winner = allowed[0];
    if (winner) return toVerdict(winner.verdicts[kind], winner.plan.key, undefined, "");
    const s = suggestion();
    return toVerdict(effective.verdicts[kind], effective.plan.key, s && !held.has(s) ? s : undefined, ignoredNote, prepared);
  };

  return {
    userId: user.id,
    canUse: pick("use", () => prepared.useSuggestion),
    canCreate: pick(
      "create",
      () => suggestCreatePlan(prepared, held, ownedCount),
      (a, b) => capOf(b.plan) - capOf(a.plan),
    ),
    canShare: pick("share", () => prepared.shareSuggestion),
    effectivePlan,
    ignored,
  };
}

function toVerdict(v: PlanVerdict, planKey: string, suggestion: string | undefined, note: string, prepared?: PreparedEligibility): EligibilityVerdict {
  const hint = suggestion && prepared ? ` A ${nameOf(prepared, suggestion)} plan would allow it.` : "";
  return {
    allowed: v.allowed,
    rule: v.rule,
    reason: `${v.reason}${note}${hint}`,
    decidedByPlan: planKey,
    ...(suggestion ? { planThatWouldChangeIt: suggestion } : {}),
  };
}

function capOf(plan: LicencePlan): number {
  return plan.createLimit ?? Number.MAX_SAFE_INTEGER;
}

function nameOf(prepared: PreparedEligibility, key: string): string {
  return prepared.planByKey.get(key)?.name ?? key;
}

// Only plans with a stated, higher cap are suggested: "no stated cap" is not a promise to sell on.
function suggestCreatePlan(prepared: PreparedEligibility, held: ReadonlySet<string>, owned: number): string | undefined {
  for (const plan of prepared.suggestionOrder) {
    if (held.has(plan.key) || plan.createLimit === null || plan.createLimit <= owned) continue;
    if (evaluatePlan(plan, prepared.situation, owned).create.allowed) return plan.key;
  }
  return undefined;
}

function resolveAssignments(prepared: PreparedEligibility, user: EligibilityUser, nowMs: number): { valid: LicencePlan[]; ignored: IgnoredAssignment[] } {
  const w = prepared.situation.words;
  const valid = new Map<string, LicencePlan>();
  const ignored: IgnoredAssignment[] = [];
  for (const a of user.assignments) {
    const plan = prepared.planByKey.get(a.plan);
    const via = a.via === "group" ? ` (through group ${a.groupName ?? "membership"})` : "";
    if (plan === undefined) {
      ignored.push({ plan: a.plan, reason: `"${a.plan}"${via} is not a known licence plan and was not counted.` });
      continue;
    }
    const startsAt = a.startsAt?.getTime() ?? null;
    if (startsAt !== null && startsAt > nowMs) {
      const day = new Date(startsAt).toISOString().slice(0, 10);
      ignored.push({ plan: plan.key, reason: `${w.Your} ${plan.name} assignment${via} starts on ${day} and was not counted yet.` });
      continue;
    }
    const expiry = expiryOf(plan, a.expiresAt, a.startsAt ?? null);
    if (expiry !== null && Number.isNaN(expiry)) {
      ignored.push({ plan: plan.key, reason: `${w.Your} ${plan.name} assignment${via} has an unreadable expiry date and was not counted.` });
      continue;
    }
    if (expiry !== null && expiry <= nowMs) {
      const what = plan.trialDays !== null ? "trial" : "assignment";
      const day = new Date(expiry).toISOString().slice(0, 10);
      ignored.push({ plan: plan.key, reason: `${w.Your} ${plan.name} ${what}${via} expired on ${day} and was not counted.` });
      continue;
    }
    valid.set(plan.key, plan);
  }
  return { valid: [...valid.values()], ignored };
}

function expiryOf(plan: LicencePlan, expiresAt: Date | null, startsAt: Date | null): number | null {
  if (expiresAt !== null) return expiresAt.getTime();
  if (plan.trialDays !== null && startsAt !== null) return startsAt.getTime() + plan.trialDays * DAY_MS;
  return null;
}
