// Times DLP classification of 100,000 connectors (the dashboard's scale in issue 9) and a
// "what if" preview of a pattern change over the same set.
import { compileDlpPolicy, previewPolicyChange, type DlpConnector, type DlpPolicy } from "../src/index.ts";

const COUNT = 100_000;
const domains = ["contoso.com", "fabrikam.net", "azurewebsites.net", "example.org", "partner.io"];
const connectors: DlpConnector[] = Array.from({ length: COUNT }, (_, i) => ({
  id: `c-${i}`,
  name: `Connector ${i}`,
  host: `api${i % 997}.${domains[i % domains.length] ?? "contoso.com"}`,
  basePath: i % 2 === 0 ? "/v1" : "/",
}));
const policy: DlpPolicy = {
  patterns: [
    { order: 1, pattern: "https://*.contoso.com", group: "BUSINESS" },
    { order: 2, pattern: "https://*.azurewebsites.net", group: "BUSINESS" },
    { order: 3, pattern: "*.fabrikam.net", group: "BLOCKED" },
    { order: 4, pattern: "*", group: "NON_BUSINESS" },
  ],
  overrides: Array.from({ length: 200 }, (_, i) => ({ connectorId: `c-${i * 7}`, group: "BLOCKED" as const })),
};
const changed: DlpPolicy = { ...policy, patterns: policy.patterns.map((p) => (p.order === 3 ? { ...p, group: "BUSINESS" as const } : p)) };

let start = performance.now();
const compiled = compileDlpPolicy(policy);
const counts: Record<string, number> = {};
for (const c of connectors) {
  const g = compiled.classify(c).group;
  counts[g] = (counts[g] ?? 0) + 1;
}
const classifyMs = performance.now() - start;
start = performance.now();
const moved = previewPolicyChange(connectors, policy, changed);
const previewMs = performance.now() - start;
console.log(`classify ${COUNT} connectors: ${classifyMs.toFixed(1)} ms ${JSON.stringify(counts)}`);
console.log(`previewPolicyChange over ${COUNT} connectors: ${previewMs.toFixed(1)} ms (${moved.length} move)`);
