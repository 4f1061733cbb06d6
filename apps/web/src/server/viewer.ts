import type { CatalogViewer } from "@connector-hub/db";

// Until sign-in exists every visitor is anonymous: they see what is shared with the whole organization.
export async function currentViewer(): Promise<CatalogViewer> {
  return { userId: null, groupIds: [], isAdmin: false };
}
