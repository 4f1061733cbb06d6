import { describe, expect, it } from "vitest";
import { diffMcpTools } from "../src/index.ts";
import type { TJsonValue } from "../src/types.ts";

const tool = (name: string, properties: Record<string, TJsonValue>, required: string[] = [], description = `Does ${name}; use when asked.`) => ({
  name,
  description,
  inputSchema: { type: "object", properties, required },
});

describe("diffMcpTools", () => {
  it("finds nothing between equal lists", () => {
    const list = [tool("a", { x: { type: "string" } }, ["x"])];
    expect(diffMcpTools(list, structuredClone(list))).toEqual([]);
  });

  it("calls a removed tool and a stricter input breaking, a new tool and a looser input not", () => {
    const before = [
      tool("gone", {}),
      tool("kept", { q: { type: "string" }, n: { type: "integer" }, mode: { type: "string" }, old: { type: "string" } }, ["q"]),
    ];
    const after = [
      tool(
        "kept",
        { q: { type: "string" }, n: { type: "string" }, mode: { type: "string", enum: ["a", "b"] }, extra: { type: "string" }, must: { type: "string" } },
        ["must"],
      ),
      tool("fresh", {}),
    ];
    expect(diffMcpTools(before, after).map((c) => [c.kind, c.tool, c.isBreaking])).toEqual([
      ["tool-removed", "gone", true],
      ["input-type-changed", "kept", true],
      ["input-enum-narrowed", "kept", true],
      ["input-removed", "kept", true],
      ["input-required-added", "kept", true],
      ["input-added", "kept", false],
      ["input-required-dropped", "kept", false],
      ["tool-added", "fresh", false],
    ]);
  });

  it("notes a changed description as not breaking", () => {
    expect(diffMcpTools([tool("a", {}, [], "Lists things; use when asked.")], [tool("a", {}, [], "Lists orders; use for orders.")])).toMatchObject([
      { kind: "description-changed", isBreaking: false },
    ]);
  });
});
