import type { Metadata } from "next";
import { adminPage } from "@/server/admin-page.tsx";
import { TableHead } from "@/components/table-head.tsx";
import Link from "next/link";
import { listDlpPolicies } from "@connector-hub/db";
import { DLP_GROUP_LABELS } from "@/components/dlp/dlp-labels.ts";
import { db } from "@/server/db.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "DLP policies" };

export default async function DlpPoliciesPage() {
  const gate = await adminPage("/admin/dlp", { signedOut: "DLP policies", adminsOnly: "Editing DLP policies" });
  if (!gate.viewer) return gate.refusal;
  const policies = await listDlpPolicies(db());
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">DLP policies</h1>
          <p className="text-slate-600">Which group (Business, Non-business, Blocked) each custom connector falls in, by host URL pattern or by name.</p>
        </div>
        <Link href="/admin/dlp/new" className="rounded bg-brand px-3 py-1.5 text-white no-underline hover:bg-brand-dark hover:no-underline">
          New policy
        </Link>
      </header>
      {policies.length === 0 ? (
        <p>No policies yet: every custom connector is Non-business. Create one to classify connectors by host.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full bg-white text-sm">
            <caption className="sr-only">DLP policies</caption>
            <TableHead gap="pr-4" columns={["Policy", "Scope", "Patterns (in order)", "Classified connectors", "Updated"]} />
            <tbody>
              {policies.map((p) => (
                <tr key={p.id} className="border-b align-top">
                  <td className="py-2 pr-4">
                    <Link href={`/admin/dlp/${p.id}`} className="underline">
                      {p.name}
                    </Link>
                    {p.isDefault ? <span className="ml-2 rounded bg-slate-100 px-1 text-xs">default</span> : null}
                  </td>
                  <td className="py-2 pr-4">{p.scope === "TENANT" ? "Tenant" : "Environment"}</td>
                  <td className="py-2 pr-4 font-mono text-xs">{p.patterns.map((x) => `${x.pattern} → ${DLP_GROUP_LABELS[x.group] ?? x.group}`).join("; ")}</td>
                  <td className="py-2 pr-4">{p.overrides.length}</td>
                  <td className="py-2">{p.updatedAt.toISOString().slice(0, 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
