import type { Metadata } from "next";
import { adminPage } from "@/server/admin-page.tsx";
import { DlpPolicyFrame } from "@/components/dlp/dlp-policy-frame.tsx";
import { listDlpEnvironments } from "@connector-hub/db";
import { DlpPolicyEditor } from "@/components/dlp/dlp-policy-editor.tsx";
import { db } from "@/server/db.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New DLP policy" };

export default async function NewDlpPolicyPage() {
  const gate = await adminPage("/admin/dlp/new", { signedOut: "DLP policies", adminsOnly: "Editing DLP policies" });
  if (!gate.viewer) return gate.refusal;
  const environments = await listDlpEnvironments(db());
  return (
    <DlpPolicyFrame title={"New DLP policy"}>
      <DlpPolicyEditor
        policyId={null}
        isDefault={false}
        environments={environments}
        initial={{ name: "", scope: "ENVIRONMENT", environmentId: null, patterns: [{ pattern: "*", group: "NON_BUSINESS" }], overrides: [] }}
      />
    </DlpPolicyFrame>
  );
}
