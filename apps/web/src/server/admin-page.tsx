import "server-only";
import type { ReactElement } from "react";
import { AdminsOnly } from "@/components/admins-only.tsx";
import { SignedOutNotice } from "@/components/sharing/signed-out-notice.tsx";
import { getViewer, type Viewer } from "@/server/auth/viewer.ts";

/**
 * The gate of an administrators' page. An anonymous visitor gets the page's sign-in prompt (SignedOutNotice, whose link
 * comes back to `path`) instead of a jump to the identity provider unasked; a signed-in person without the role gets
 * "Administrators only"; an administrator gets through with their viewer.
 *   const gate = await adminPage("/admin/dlp", { signedOut: "DLP policies", adminsOnly: "Editing DLP policies" });
 *   if (!gate.viewer) return gate.refusal;
 */
export async function adminPage(
  path: string,
  what: { signedOut: string; adminsOnly: string },
): Promise<{ viewer: Viewer; refusal?: undefined } | { viewer?: undefined; refusal: ReactElement }> {
  const viewer = await getViewer();
  if (!viewer) return { refusal: <SignedOutNotice returnTo={path} what={what.signedOut} /> };
  if (!viewer.isAdmin) return { refusal: <AdminsOnly what={what.adminsOnly} /> };
  return { viewer };
}
