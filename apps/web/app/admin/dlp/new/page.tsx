import type { Metadata } from "next";
import Link from "next/link";
import { listDlpEnvironments } from "@connector-hub/db";
import { adminPageViewer } from "@/server/admin-viewer.ts";
import { AdminsOnly } from "@/components/admins-only.tsx";
import { DlpPolicyEditor } from "@/components/dlp/dlp-policy-editor.tsx";
import { SignedOutNotice } from "@/components/sharing/signed-out-notice.tsx";
import { db } from "@/server/db.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New DLP policy" };

export default async function NewDlpPolicyPage() {
  const viewer = await adminPageViewer("/admin/dlp/new");
  if (!viewer) return <SignedOutNotice returnTo={"/admin/dlp/new"} what="DLP policies" />;
  if (!viewer.isAdmin) return <AdminsOnly what="Editing DLP policies" />;
  const environments = await listDlpEnvironments(db());
  return (
    <div className="space-y-4">
      <p>
        <Link href="/admin/dlp" className="underline">
          ← DLP policies
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">New DLP policy</h1>
      <DlpPolicyEditor
        policyId={null}
        isDefault={false}
        environments={environments}
        initial={{ name: "", scope: "ENVIRONMENT", environmentId: null, patterns: [{ pattern: "*", group: "NON_BUSINESS" }], overrides: [] }}
      />
    </div>
  );
}
