// GET /api/v1/audit/export?<same filters as /api/v1/audit>: the filtered audit log as a CSV download (administrators).
import { exportAuditCsv } from "@connector-hub/db";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";

export const dynamic = "force-dynamic";

export const GET = withAuth(
  "audit.export",
  async (request, { requestId }) => {
    const { csv, rowCount, truncated } = await exportAuditCsv(db(), Object.fromEntries(request.nextUrl.searchParams.entries()));
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="connector-hub-audit-${new Date().toISOString().slice(0, 10)}.csv"`,
        "x-row-count": String(rowCount),
        "x-truncated": String(truncated),
        "x-request-id": requestId,
      },
    });
  },
  { role: "admin" },
);
