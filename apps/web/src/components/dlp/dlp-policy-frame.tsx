import Link from "next/link";
import type { ReactNode } from "react";

/** The frame of the new-policy and edit-policy pages: the way back to the list, the policy's name, then the editor. */
export function DlpPolicyFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="space-y-4">
      <p>
        <Link href="/admin/dlp" className="underline">
          ← DLP policies
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{title}</h1>
      {children}
    </div>
  );
}
