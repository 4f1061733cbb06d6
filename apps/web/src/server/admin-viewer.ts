import "server-only";
import { getViewer, type Viewer } from "@/server/auth/viewer.ts";

/**
 * The viewer of an administrators' page, or null for an anonymous visitor: the page then shows its sign-in prompt
 * (SignedOutNotice, whose link comes back to the page), as /requests and /admin/audit do, instead of jumping to the
 * identity provider unasked.
 */
export async function adminPageViewer(_path: string): Promise<Viewer | null> {
  return getViewer();
}
