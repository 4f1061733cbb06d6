import { describe, expect, it } from "vitest";
import { toCsv } from "../src/components/dashboard/to-csv.ts";

describe("toCsv", () => {
  it("writes a header and rows, quoting what needs quoting", () => {
    expect(
      toCsv(
        ["Group", "Connectors"],
        [
          ["Business", 7],
          ['Say "hi", then', 1],
        ],
      ),
    ).toBe('Group,Connectors\r\nBusiness,7\r\n"Say ""hi"", then",1\r\n');
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(toCsv(["Title"], [["=HYPERLINK(1)"], [-3]])).toBe("Title\r\n'=HYPERLINK(1)\r\n-3\r\n");
    expect(toCsv(["Title"], [["\tx"], ["+1"], ["@SUM(A1)"], ["-1+2"]])).toBe("Title\r\n'\tx\r\n'+1\r\n'@SUM(A1)\r\n'-1+2\r\n");
  });
});
