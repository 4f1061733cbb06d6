// GET /api/v1/connectors/{slug}/icon: the connector's icon, for cards and the connector page.
import { AppError, getConnectorIcon } from "@connector-hub/db";
import { canReadConnector } from "@connector-hub/governance";
import { iconContentType, MAX_ICON_BYTES } from "@connector-hub/definitions";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";

export const dynamic = "force-dynamic";

export const GET = withAuth<{ slug: string }>(
  "connectors.icon",
  async (request, { params, viewer }) => {
    const { slug } = await params;
    const found = await getConnectorIcon(db(), slug);
    if (!found || !canReadConnector(found, viewer).allowed)
      throw new AppError("NOT_FOUND", `No connector ${slug} is shared with you. Check the address in the catalog.`);
    // Checked again when served: only bytes that are an image go out, under the image type they really are.
    const type = found.icon && found.icon.byteLength <= MAX_ICON_BYTES ? iconContentType(found.icon) : null;
    if (!found.icon || !type)
      throw new AppError("NOT_FOUND", `${slug} has no icon; the catalog shows its brand colour instead. Upload a paconn zip with an icon.png to add one.`);
    const etag = `"${found.updatedAt.getTime().toString(36)}"`;
    const headers = { etag, "cache-control": "private, max-age=300", "content-security-policy": "default-src 'none'", "content-disposition": "inline" };
    if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
    return new Response(new Uint8Array(found.icon), { headers: { ...headers, "content-type": type } });
  },
  { allowAnonymous: true, scope: "connectors:read" },
);
