import { describe, expect, it } from "vitest";
import { REQUEST_STAGES, transitionSharingRequest, type RequestStage, type SharingAction } from "../src/index.ts";

const maker = { id: "maker-1", roles: ["Hub.Maker"] };
const admin = { id: "admin-1", roles: ["Hub.Admin"] };
const otherMaker = { id: "maker-2", roles: ["Hub.Maker"] };
const builder = { id: "builder-1", roles: [] };

const ACTIONS: SharingAction[] = [
  "submit",
  "start_maker_checks",
  "complete_maker_checks",
  "complete_risk_assessment",
  "approve",
  "reject",
  "request_changes",
  "resubmit",
  "withdraw",
];
const REQUESTER_ACTIONS = new Set<SharingAction>(["submit", "resubmit", "withdraw"]);

// Written out by hand (not derived from the implementation) so that a change to the rules fails here.
const ALLOWED: Record<string, RequestStage> = {
  "null submit": "SUBMITTED",
  "SUBMITTED start_maker_checks": "MAKER_CHECKS",
  "SUBMITTED reject": "REJECTED",
  "SUBMITTED request_changes": "CHANGES_REQUESTED",
  "SUBMITTED withdraw": "WITHDRAWN",
  "MAKER_CHECKS complete_maker_checks": "RISK_ASSESSMENT",
  "MAKER_CHECKS reject": "REJECTED",
  "MAKER_CHECKS request_changes": "CHANGES_REQUESTED",
  "MAKER_CHECKS withdraw": "WITHDRAWN",
  "RISK_ASSESSMENT complete_risk_assessment": "ADMIN_DECISION",
  "RISK_ASSESSMENT reject": "REJECTED",
  "RISK_ASSESSMENT request_changes": "CHANGES_REQUESTED",
  "RISK_ASSESSMENT withdraw": "WITHDRAWN",
  "ADMIN_DECISION approve": "APPROVED",
  "ADMIN_DECISION reject": "REJECTED",
  "ADMIN_DECISION request_changes": "CHANGES_REQUESTED",
  "ADMIN_DECISION withdraw": "WITHDRAWN",
  "CHANGES_REQUESTED resubmit": "SUBMITTED",
  "CHANGES_REQUESTED withdraw": "WITHDRAWN",
};
const TERMINAL = new Set<RequestStage | null>(["APPROVED", "REJECTED", "WITHDRAWN"]);

const stages: (RequestStage | null)[] = [null, ...REQUEST_STAGES];
const cases = stages.flatMap((stage) => ACTIONS.map((action) => ({ stage, action, key: `${stage} ${action}` })));

describe("transitionSharingRequest: every stage x action, done by the right person", () => {
  it.each(cases)("$stage + $action", ({ stage, action, key }) => {
    const actor = REQUESTER_ACTIONS.has(action) ? maker : admin;
    const r = transitionSharingRequest({ request: { stage, requesterId: maker.id, version: 3 }, action, actor, note: "because" });
    const expected = ALLOWED[key];
    if (expected !== undefined) {
      expect(r).toMatchObject({ ok: true, stage: expected, version: 4, step: { from: stage, to: expected, actorId: actor.id, note: "because" } });
    } else {
      expect(r).toMatchObject({
        ok: false,
        code: TERMINAL.has(stage) ? "transition.terminal" : "transition.not_allowed",
        reason: "CONFLICT",
      });
      if (!r.ok) expect(r.message.length).toBeGreaterThan(20);
    }
  });
});

describe("transitionSharingRequest: who may act", () => {
  const inDecision = { stage: "ADMIN_DECISION" as const, requesterId: maker.id, version: 1 };

  it("refuses an administrator deciding their own request", () => {
    const ownRequest = { ...inDecision, requesterId: admin.id };
    for (const action of ["approve", "reject", "request_changes"] as const) {
      const r = transitionSharingRequest({ request: ownRequest, action, actor: admin, note: "looks fine" });
      expect(r).toMatchObject({ ok: false, code: "transition.own_request", reason: "FORBIDDEN" });
      if (!r.ok) expect(r.message).toContain("another administrator");
    }
  });

  it("refuses an administrator moving their own request through the review stages", () => {
    const r = transitionSharingRequest({ request: { stage: "SUBMITTED", requesterId: admin.id, version: 0 }, action: "start_maker_checks", actor: admin });
    expect(r).toMatchObject({ ok: false, code: "transition.own_request" });
  });

  it.each([maker, otherMaker, builder])("refuses review actions by a non-administrator ($id)", (actor) => {
    const r = transitionSharingRequest({ request: inDecision, action: "approve", actor });
    expect(r).toMatchObject({ ok: false, code: "transition.not_admin", reason: "FORBIDDEN" });
  });

  it.each(["withdraw", "resubmit"] as const)("only the requester may %s", (action) => {
    const stage = action === "resubmit" ? "CHANGES_REQUESTED" : "SUBMITTED";
    const r = transitionSharingRequest({ request: { stage, requesterId: maker.id, version: 0 }, action, actor: admin });
    expect(r).toMatchObject({ ok: false, code: "transition.not_requester", reason: "FORBIDDEN" });
  });

  it("lets an administrator submit and withdraw a request of their own", () => {
    const r = transitionSharingRequest({ request: { stage: null, requesterId: admin.id, version: 0 }, action: "submit", actor: admin });
    expect(r.ok).toBe(true);
  });
});

describe("transitionSharingRequest: notes", () => {
  it.each(["reject", "request_changes"] as const)("%s needs a note saying why", (action) => {
    for (const note of [undefined, null, "", "   "]) {
      const r = transitionSharingRequest({ request: { stage: "RISK_ASSESSMENT", requesterId: maker.id, version: 0 }, action, actor: admin, note });
      expect(r).toMatchObject({ ok: false, code: "transition.note_required", reason: "UNPROCESSABLE" });
    }
  });

  it("keeps the trimmed note, the time and the actor in the step, and approval applies the shares", () => {
    const at = new Date("2026-11-26T08:00:00Z");
    const r = transitionSharingRequest({
      request: { stage: "ADMIN_DECISION", requesterId: maker.id, version: 7 },
      action: "approve",
      actor: admin,
      note: "  ok for finance  ",
      now: at,
    });
    expect(r).toEqual({
      ok: true,
      stage: "APPROVED",
      version: 8,
      appliesShares: true,
      step: { from: "ADMIN_DECISION", to: "APPROVED", action: "approve", actorId: admin.id, note: "ok for finance", at },
    });
  });

  it("a rejection does not apply shares", () => {
    const r = transitionSharingRequest({ request: { stage: "ADMIN_DECISION", requesterId: maker.id, version: 0 }, action: "reject", actor: admin, note: "no" });
    expect(r).toMatchObject({ ok: true, appliesShares: false });
  });

  it("walks the whole happy path from submission to approval", () => {
    let request = { stage: null as RequestStage | null, requesterId: maker.id, version: 0 };
    const steps: [SharingAction, typeof maker][] = [
      ["submit", maker],
      ["start_maker_checks", admin],
      ["request_changes", admin],
      ["resubmit", maker],
      ["start_maker_checks", admin],
      ["complete_maker_checks", admin],
      ["complete_risk_assessment", admin],
      ["approve", admin],
    ];
    for (const [action, actor] of steps) {
      const r = transitionSharingRequest({ request, action, actor, note: "n" });
      if (!r.ok) throw new Error(r.message);
      request = { ...request, stage: r.stage, version: r.version };
    }
    expect(request).toMatchObject({ stage: "APPROVED", version: 8 });
  });

  it("explains an unknown action instead of crashing", () => {
    const r = transitionSharingRequest({
      request: { stage: "SUBMITTED", requesterId: maker.id, version: 0 },
      action: "toString" as SharingAction,
      actor: admin,
    });
    expect(r).toMatchObject({ ok: false, code: "transition.not_allowed", reason: "UNPROCESSABLE" });
  });
});
