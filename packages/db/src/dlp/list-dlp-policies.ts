import type { Db } from "../client.ts";
import { AppError } from "../app-error.ts";
import { POLICY_INCLUDE, type StoredDlpPolicy } from "./to-policy-rules.ts";

/** Every DLP policy with its ordered patterns and overrides: the default tenant policy first, then by name. */
export async function listDlpPolicies(db: Db): Promise<StoredDlpPolicy[]> {
  return db.dlpPolicy.findMany({ include: POLICY_INCLUDE, orderBy: [{ isDefault: "desc" }, { name: "asc" }] });
}

/** One policy, or NOT_FOUND with what to do. */
export async function getDlpPolicy(db: Db, id: string): Promise<StoredDlpPolicy> {
  const policy = await db.dlpPolicy.findUnique({ where: { id }, include: POLICY_INCLUDE });
  if (!policy) throw new AppError("NOT_FOUND", `There is no DLP policy with id ${id}; pick one from the list at /admin/dlp.`);
  return policy;
}
