// GET /api/v1/audit?entityType=&entityId=&action=&actor=&from=&to=&before=&limit=: the audit log (administrators).
import { listAuditEvents } from "@connector-hub/db";
import { ZAuditPage } from "@/server/audit/schemas.ts";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";

export const dynamic = "force-dynamic";

export const GET = withAuth(
  "audit.list",
  async (request) => Response.json(ZAuditPage.parse(await listAuditEvents(db(), Object.fromEntries(request.nextUrl.searchParams.entries())))),
  { role: "admin" },
);
