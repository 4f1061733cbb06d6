/** One SARIF 2.1.0 log of one run, as GitHub code scanning reads it: the tool's driver (name, rules) and its results. */
export function formatSarifLog(driver: Record<string, unknown>, results: unknown[]): string {
  const log = { $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [{ tool: { driver }, results }] };
  return JSON.stringify(log, null, 2) + "\n";
}
