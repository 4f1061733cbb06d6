import type { Metadata } from "next";
import { adminPage } from "@/server/admin-page.tsx";
import { DlpPolicyFrame } from "@/components/dlp/dlp-policy-frame.tsx";
import { notFound } from "next/navigation";
import { AppError, getDlpPolicy, listDlpEnvironments } from "@connector-hub/db";
import { DlpPolicyEditor } from "@/components/dlp/dlp-policy-editor.tsx";
import { db } from "@/server/db.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit DLP policy" };

export default async function DlpPolicyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const gate = await adminPage(`/admin/dlp/${id}`, { signedOut: "DLP policies", adminsOnly: "Editing DLP policies" });
  if (!gate.viewer) return gate.refusal;
  const policy = await getDlpPolicy(db(), id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const environments = await listDlpEnvironments(db());
  return (
    <DlpPolicyFrame title={policy.name}>
      {/* Keyed by policy, not by version: the refresh after a save must not remount the editor and drop "Saved". */}
      <DlpPolicyEditor
        key={policy.id}
        policyId={policy.id}
        isDefault={policy.isDefault}
        environments={environments}
        initial={{
          name: policy.name,
          scope: policy.scope,
          environmentId: policy.environmentId,
          patterns: policy.patterns.map((p) => ({ pattern: p.pattern, group: p.group })),
          overrides: policy.overrides.map((o) => ({ connector: o.connector?.slug ?? o.connectorId, group: o.group })),
        }}
      />
    </DlpPolicyFrame>
  );
}
