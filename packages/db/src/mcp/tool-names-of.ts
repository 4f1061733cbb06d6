/** The names of the tools in a stored list (entries without a string name are left out). */
export function toolNamesOf(tools: readonly unknown[]): string[] {
  return tools.map((t) => (t as { name?: unknown } | null)?.name).filter((n): n is string => typeof n === "string");
}
