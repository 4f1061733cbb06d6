import { copyDlpPolicy } from "@connector-hub/governance";
import type { Db } from "../client.ts";
import { getDlpPolicy } from "./list-dlp-policies.ts";
import { saveDlpPolicy } from "./save-dlp-policy.ts";
import { toPolicyRules, type StoredDlpPolicy } from "./to-policy-rules.ts";

/** Saves a copy of a policy with its patterns and overrides (the platform's copy drops the patterns). */
export async function copyStoredDlpPolicy(
  db: Db,
  options: { id: string; name?: string; actor: { id: string | null; label: string }; requestId?: string | null },
): Promise<StoredDlpPolicy> {
  const source = await getDlpPolicy(db, options.id);
  const copy = copyDlpPolicy(toPolicyRules(source), { name: options.name });
  let name = copy.name ?? `Copy of ${source.name}`;
  // "Copy of X" may exist from an earlier copy; number further copies instead of failing.
  if (!options.name) {
    const taken = new Set((await db.dlpPolicy.findMany({ where: { name: { startsWith: name } }, select: { name: true } })).map((p) => p.name));
    for (let n = 2; taken.has(name); n++) name = `${copy.name} (${n})`;
  }
  return saveDlpPolicy(db, { input: { ...copy, name }, actor: options.actor, requestId: options.requestId, action: "dlp.policy.copied" });
}
