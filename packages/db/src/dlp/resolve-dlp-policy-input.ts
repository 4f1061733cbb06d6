import type { DlpPolicy as PolicyRules, TDlpPolicy } from "@connector-hub/governance";
import { AppError } from "../app-error.ts";
import type { Db } from "../client.ts";

/**
 * Turns a parsed policy into rules over stored connectors: each override's connector (given by id, slug or
 * title) is looked up and kept by id, and an environment scope must name an existing environment.
 */
export async function resolveDlpPolicyInput(
  db: Db,
  input: TDlpPolicy,
): Promise<PolicyRules & { overrides: { connectorId: string; group: PolicyRules["overrides"][number]["group"] }[] }> {
  const scope = input.scope ?? "TENANT";
  if (scope === "ENVIRONMENT") {
    const environment = input.environmentId
      ? await db.environment.findFirst({ where: { OR: [{ id: input.environmentId }, { name: input.environmentId }] } })
      : null;
    if (!environment) throw new AppError("BAD_REQUEST", "An environment policy needs an environment: choose one of the listed environments.");
    input = { ...input, environmentId: environment.id };
  }
  const wanted = input.overrides.map((o) => o.connectorId?.trim() || o.connectorName?.trim() || "");
  const found = wanted.length
    ? await db.connector.findMany({
        where: { OR: [{ id: { in: wanted } }, { slug: { in: wanted } }, { title: { in: wanted, mode: "insensitive" } }] },
        select: { id: true, slug: true, title: true },
      })
    : [];
  const unknown: string[] = [];
  const overrides = input.overrides.map((o, i) => {
    const key = wanted[i] ?? "";
    const match = found.find((c) => c.id === key || c.slug === key) ?? found.find((c) => c.title.toLowerCase() === key.toLowerCase());
    if (!match) unknown.push(key);
    return { connectorId: match?.id ?? key, group: o.group };
  });
  if (unknown.length) {
    throw new AppError(
      "BAD_REQUEST",
      `No connector matches ${unknown.map((u) => `"${u}"`).join(", ")}; name each classified connector by its slug (as in its address) or its exact title.`,
    );
  }
  return { name: input.name, scope, environmentId: scope === "ENVIRONMENT" ? (input.environmentId ?? null) : null, patterns: input.patterns, overrides };
}
