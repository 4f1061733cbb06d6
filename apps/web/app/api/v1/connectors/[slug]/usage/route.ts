// GET /api/v1/connectors/{slug}/usage: which apps, flows and agents use the connector, per environment and per operation (#20, #24).
import { readConnectorUsage } from "@connector-hub/db";
import { withAuth } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";
import { toUsageResource, ZConnectorUsage } from "@/server/inventory/schemas.ts";

export const dynamic = "force-dynamic";

export const GET = withAuth<{ slug: string }>(
  "connectors.usage.get",
  async (_request, { params, viewer }) => {
    const { slug } = await params;
    const usage = await readConnectorUsage(db(), { slug, viewer });
    return Response.json(
      ZConnectorUsage.parse({
        ...usage,
        environments: usage.environments.map((e) => ({
          ...e,
          apps: e.apps.map(toUsageResource),
          flows: e.flows.map(toUsageResource),
          agents: e.agents.map(toUsageResource),
        })),
        lastSyncedAt: usage.lastSyncedAt?.toISOString() ?? null,
      }),
    );
  },
  { scope: "connectors:read" },
);
