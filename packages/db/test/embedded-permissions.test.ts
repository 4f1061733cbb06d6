import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { letOthersReach } from "../src/embedded.ts";

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const others = (dir: string) => statSync(dir).mode & 0o007;

describe("letting the postgres user reach binaries inside a private checkout (as mktemp -d makes it)", () => {
  it("adds search permission for others to the checkout's own folders on the way, and nothing else", () => {
    const checkout = mkdtempSync(path.join(tmpdir(), "hub-private-"));
    made.push(checkout);
    const bin = path.join(checkout, "node_modules", "pkg", "bin");
    mkdirSync(bin, { recursive: true });
    chmodSync(checkout, 0o700);
    chmodSync(path.join(checkout, "node_modules"), 0o750);
    expect(letOthersReach(bin, checkout)).toEqual([checkout, path.join(checkout, "node_modules")]);
    expect(others(checkout)).toBe(0o001);
    expect(others(path.join(checkout, "node_modules"))).toBe(0o001);
    expect(statSync(checkout).mode & 0o770).toBe(0o700);
    // Already reachable: nothing to change.
    expect(letOthersReach(bin, checkout)).toEqual([]);
  });

  it("never touches a folder above the checkout, and says what to do when one is private", () => {
    const home = mkdtempSync(path.join(tmpdir(), "hub-home-"));
    made.push(home);
    const checkout = path.join(home, "clone");
    mkdirSync(checkout);
    chmodSync(home, 0o700);
    expect(() => letOthersReach(checkout, checkout)).toThrow(/cannot enter a folder above .*clone.*set DATABASE_URL/);
    expect(others(home)).toBe(0);
  });
});
