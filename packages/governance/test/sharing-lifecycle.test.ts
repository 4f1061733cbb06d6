import { describe, expect, it } from "vitest";
import { availableSharingActions, lifecycleAfterSharingStep, pickReaderVersion } from "../src/index.ts";

const maker = { id: "maker-1", roles: ["Hub.Maker"] };
const admin = { id: "admin-1", roles: ["Hub.Admin"] };
const builder = { id: "builder-1", roles: [] };
const request = (stage: Parameters<typeof availableSharingActions>[0]["request"]["stage"]) => ({ stage, requesterId: maker.id, version: 3 });
const actions = (stage: Parameters<typeof request>[0], actor: { id: string; roles: string[] }) =>
  availableSharingActions({ request: request(stage), actor }).map((a) => a.action);

describe("availableSharingActions", () => {
  it("offers the reviewer the next stage first, then sending back and rejecting", () => {
    expect(actions("SUBMITTED", admin)).toEqual(["start_maker_checks", "request_changes", "reject"]);
    expect(actions("MAKER_CHECKS", admin)).toEqual(["complete_maker_checks", "request_changes", "reject"]);
    expect(actions("RISK_ASSESSMENT", admin)).toEqual(["complete_risk_assessment", "request_changes", "reject"]);
    expect(actions("ADMIN_DECISION", admin)).toEqual(["approve", "request_changes", "reject"]);
  });
  it("offers the maker resubmit and withdraw while changes are requested, only withdraw during review", () => {
    expect(actions("CHANGES_REQUESTED", maker)).toEqual(["resubmit", "withdraw"]);
    expect(actions("ADMIN_DECISION", maker)).toEqual(["withdraw"]);
    expect(actions("CHANGES_REQUESTED", admin)).toEqual([]);
  });
  it("offers nothing on a decided request, and nothing to a bystander", () => {
    for (const stage of ["APPROVED", "REJECTED", "WITHDRAWN"] as const) expect(actions(stage, admin)).toEqual([]);
    expect(actions("SUBMITTED", builder)).toEqual([]);
  });
  it("marks which actions need a note and which one moves forward", () => {
    const list = availableSharingActions({ request: request("ADMIN_DECISION"), actor: admin });
    expect(list.find((a) => a.action === "approve")).toEqual({ action: "approve", isForward: true, noteRequired: false });
    expect(list.find((a) => a.action === "reject")).toEqual({ action: "reject", isForward: false, noteRequired: true });
  });
  it("never offers an administrator a review step on their own request", () => {
    const own = availableSharingActions({ request: { stage: "SUBMITTED", requesterId: admin.id, version: 1 }, actor: admin }).map((a) => a.action);
    expect(own).toEqual(["withdraw"]);
  });
});

describe("lifecycleAfterSharingStep", () => {
  it("puts a draft in review on submission and publishes it on approval", () => {
    expect(lifecycleAfterSharingStep({ lifecycle: "DRAFT", stage: "SUBMITTED", hasSharedVersion: false })).toBe("IN_REVIEW");
    expect(lifecycleAfterSharingStep({ lifecycle: "IN_REVIEW", stage: "MAKER_CHECKS", hasSharedVersion: false })).toBe("IN_REVIEW");
    expect(lifecycleAfterSharingStep({ lifecycle: "IN_REVIEW", stage: "APPROVED", hasSharedVersion: false })).toBe("PUBLISHED");
  });
  it("returns a rejected or withdrawn first request to draft, but keeps a published connector published", () => {
    expect(lifecycleAfterSharingStep({ lifecycle: "IN_REVIEW", stage: "REJECTED", hasSharedVersion: false })).toBe("DRAFT");
    expect(lifecycleAfterSharingStep({ lifecycle: "IN_REVIEW", stage: "WITHDRAWN", hasSharedVersion: true })).toBe("PUBLISHED");
    expect(lifecycleAfterSharingStep({ lifecycle: "PUBLISHED", stage: "SUBMITTED", hasSharedVersion: true })).toBe("PUBLISHED");
    expect(lifecycleAfterSharingStep({ lifecycle: "PUBLISHED", stage: "REJECTED", hasSharedVersion: true })).toBe("PUBLISHED");
  });
  it("never moves a deprecated or retired connector", () => {
    expect(lifecycleAfterSharingStep({ lifecycle: "DEPRECATED", stage: "APPROVED", hasSharedVersion: true })).toBe("DEPRECATED");
    expect(lifecycleAfterSharingStep({ lifecycle: "RETIRED", stage: "SUBMITTED", hasSharedVersion: false })).toBe("RETIRED");
  });
});

describe("pickReaderVersion", () => {
  it("gives people the approved version until a new one is approved, and editors the newest", () => {
    expect(pickReaderVersion({ canEdit: false, latestNumber: 2, sharedNumber: 1 })).toBe(1);
    expect(pickReaderVersion({ canEdit: true, latestNumber: 2, sharedNumber: 1 })).toBe(2);
    expect(pickReaderVersion({ canEdit: false, latestNumber: 3, sharedNumber: null })).toBe(3);
  });
});
