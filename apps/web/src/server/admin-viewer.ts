import "server-only";
import { redirect } from "next/navigation";
import { getViewer, type Viewer } from "@/server/auth/viewer.ts";

/** The viewer of an administrators' page: anonymous visitors are sent to sign in and come back to `path`. */
export async function adminPageViewer(path: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/auth/sign-in?returnTo=${encodeURIComponent(path)}`);
  return viewer;
}
