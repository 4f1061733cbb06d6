// Who is asking. The sign-in work (issue 6) fills getViewer() from the session cookie or an API token; everything
// else in the app depends only on this file's exports.
import { AppError, type CatalogViewer } from "@connector-hub/db";

export interface Viewer {
  userId: string;
  tenantId: string;
  oid: string;
  upn: string;
  displayName: string;
  /** App roles from the ID token: "Hub.Admin", "Hub.Maker"; none = builder. */
  roles: string[];
  groupIds: string[];
  isAdmin: boolean;
  isMaker: boolean;
  /** How the request authenticated; tokens carry scopes. */
  via: "session" | "token";
  tokenScopes: string[];
}

/** The signed-in person, or null for an anonymous request. */
export async function getViewer(): Promise<Viewer | null> {
  return null;
}

/** The signed-in person; anonymous requests get 401 with a sign-in hint. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHORIZED", "Sign in first (/auth/sign-in), or send a personal API token as a Bearer token.");
  return viewer;
}

/** The catalog's notion of a viewer (anonymous visitors see only what the organization shares). */
export function catalogViewer(viewer: Viewer | null): CatalogViewer {
  return viewer ? { userId: viewer.userId, groupIds: viewer.groupIds, isAdmin: viewer.isAdmin } : { userId: null, groupIds: [], isAdmin: false };
}
