import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ConnectionSealError, connectionKeyId, openConnection, sealConnection } from "./connection-seal.ts";

const key = randomBytes(32);
const values = { apiKey: "sk-live-4f9a2c1e" };

describe("sealing a saved test connection", () => {
  it("opens what it sealed, and the sealed text does not hold the values", () => {
    const { sealed, keyId } = sealConnection(values, { key, aad: "connector-a" });
    expect(sealed).not.toContain("sk-live");
    expect(Buffer.from(sealed, "base64url").toString("latin1")).not.toContain("sk-live");
    expect(keyId).toBe(connectionKeyId(key));
    expect(openConnection(sealed, { key, aad: "connector-a" })).toEqual(values);
    // A fresh IV each time: the same values never seal to the same text.
    expect(sealConnection(values, { key, aad: "connector-a" }).sealed).not.toBe(sealed);
  });

  it("refuses a sealed value changed by one bit", () => {
    const raw = Buffer.from(sealConnection(values, { key, aad: "connector-a" }).sealed, "base64url");
    for (const at of [0, 14, raw.length - 1]) {
      const tampered = Buffer.from(raw);
      tampered[at]! ^= 1;
      expect(() => openConnection(tampered.toString("base64url"), { key, aad: "connector-a" })).toThrow(ConnectionSealError);
    }
    expect(() => openConnection(raw.subarray(0, 20).toString("base64url"), { key, aad: "connector-a" })).toThrow(/damaged/);
  });

  it("refuses a value sealed for another connector (moved row)", () => {
    const { sealed } = sealConnection(values, { key, aad: "connector-a" });
    expect(() => openConnection(sealed, { key, aad: "connector-b" })).toThrow(/does not open/);
  });

  it("refuses another key, and a key that is not 32 bytes", () => {
    const { sealed } = sealConnection(values, { key, aad: "connector-a" });
    expect(() => openConnection(sealed, { key: randomBytes(32), aad: "connector-a" })).toThrow(ConnectionSealError);
    expect(() => sealConnection(values, { key: randomBytes(16), aad: "connector-a" })).toThrow(/32 bytes/);
  });
});
