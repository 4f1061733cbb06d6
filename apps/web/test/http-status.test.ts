import { REASON_CODES } from "@connector-hub/governance";
import { describe, expect, it } from "vitest";
import { HTTP_STATUS, httpStatusOf } from "../src/server/http-status.ts";

describe("the one map from reason codes to HTTP statuses", () => {
  it("gives every reason of the taxonomy a status, and nothing else", () => {
    expect(Object.keys(HTTP_STATUS).sort()).toEqual([...REASON_CODES].sort());
  });

  it("answers the database's own failures as 503 and 507, a lost race as 409, a refusal as 403", () => {
    expect([
      httpStatusOf("UNAVAILABLE"),
      httpStatusOf("INSUFFICIENT_STORAGE"),
      httpStatusOf("CONFLICT"),
      httpStatusOf("FORBIDDEN"),
      httpStatusOf("UNPROCESSABLE"),
    ]).toEqual([503, 507, 409, 403, 422]);
  });
});
