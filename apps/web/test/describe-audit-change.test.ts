import { describe, expect, it } from "vitest";
import { describeAuditChange, formatValue } from "../src/components/audit/describe-audit-change.ts";

describe("describeAuditChange", () => {
  it("shows a stage move as one line in words", () => {
    expect(describeAuditChange({ stage: "SUBMITTED", version: 1 }, { stage: "MAKER_CHECKS", version: 2, note: null })).toEqual([
      { field: "Stage", before: "Submitted", after: "Maker checks" },
      { field: "Version", before: "1", after: "2" },
      { field: "Note", before: null, after: "none" },
    ]);
  });
  it("keeps long text whole and names known fields as people do", () => {
    const note = "Serve the ERP over HTTPS before sharing it with everyone in the organization, and rotate the key.";
    expect(describeAuditChange(null, { riskScore: 45, note, sharedVersion: 2 })).toEqual([
      { field: "Risk score", before: null, after: "45" },
      { field: "Note", before: null, after: note },
      { field: "Version people get", before: null, after: "2" },
    ]);
  });
  it("leaves out the ids of what the event is about (named in its own column)", () => {
    expect(describeAuditChange(null, { connectorId: "cmx4lkv3", requestId: "cmx9", scope: "ORGANIZATION" })).toEqual([
      { field: "Scope", before: null, after: "Organization" },
    ]);
  });
  it("leaves out fields that did not change", () => {
    expect(describeAuditChange({ scope: "PRIVATE", title: "A" }, { scope: "ORGANIZATION", title: "A" })).toEqual([
      { field: "Scope", before: "Private", after: "Organization" },
    ]);
  });
  it("writes lists and nested values as text, not JSON", () => {
    expect(formatValue([{ type: "USER", permission: "CAN_VIEW" }])).toBe("type User, permission Can view");
    expect(formatValue(true)).toBe("yes");
    expect(formatValue("2026-12-01T21:00:00.000Z")).toBe("2026-12-01 21:00 UTC");
  });
});
