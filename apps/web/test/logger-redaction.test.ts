// What the server's log lines hide: a credential passed in a log field never reaches the output, whatever its name
// among those a test connection, a token or a session carries.
import pino from "pino";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { LOG_REDACTION } from "@/server/logger.ts";

function logged(fields: Record<string, unknown>): string {
  let out = "";
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out += chunk.toString();
      done();
    },
  });
  pino({ redact: LOG_REDACTION }, sink).warn(fields, "a line");
  return out;
}

describe("log redaction", () => {
  it("blanks credentials of a test connection, tokens and request headers", () => {
    const out = logged({
      connection: { apiKey: "k-1234567890", accessToken: "eyJ.secret.token" },
      oauth: { clientSecret: "cs-abcdef", refreshToken: "rt-abcdef", accessToken: "at-abcdef" },
      user: { password: "hunter2-pw", apiKey: "ak-abcdef" },
      req: { headers: { authorization: "Bearer hub_abcdef", cookie: "hub_session=abc" } },
      route: "mcp.discover",
    });
    for (const secret of [
      "k-1234567890",
      "eyJ.secret.token",
      "cs-abcdef",
      "rt-abcdef",
      "at-abcdef",
      "hunter2-pw",
      "ak-abcdef",
      "hub_abcdef",
      "hub_session=abc",
    ])
      expect(out).not.toContain(secret);
    expect(out).toContain('"route":"mcp.discover"');
    expect(out).toContain("[redacted]");
  });
});
