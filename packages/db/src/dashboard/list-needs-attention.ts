import type { Db } from "../client.ts";
import { Prisma } from "../generated/prisma/client.ts";

export type AttentionKind = "anonymous_org_wide" | "plain_http" | "windows_without_gateway" | "owner_left" | "test_shared" | "blocked_in_use";

export interface AttentionList {
  kind: AttentionKind;
  label: string;
  total: number;
  items: { slug: string; title: string; owner: string; detail: string }[];
}

// Names makers give connectors they are trying out; matched as whole words of the title or slug.
export const TEST_NAME_PATTERN = "(^|[^a-z0-9])(test|testing|tst|tmp|temp|poc|dummy|sandbox|playground)([^a-z0-9]|$)";

const CHECKS: { kind: AttentionKind; label: string; hit: Prisma.Sql; detail: Prisma.Sql }[] = [
  {
    kind: "anonymous_org_wide",
    label: "No authentication, shared with the whole organization",
    hit: Prisma.sql`c."authType" = 'NONE' AND (c.scope IN ('ORGANIZATION', 'PUBLIC') OR s.org_wide)`,
    detail: Prisma.sql`'Anyone in the organization can call ' || c.host || ' without signing in'`,
  },
  { kind: "plain_http", label: "Plain HTTP host", hit: Prisma.sql`f.scheme = 'http'`, detail: Prisma.sql`'http://' || c.host || ' sends data unencrypted'` },
  {
    kind: "windows_without_gateway",
    label: "Windows authentication without a gateway",
    hit: Prisma.sql`c."authType" = 'WINDOWS' AND (c."gatewayName" IS NULL OR btrim(c."gatewayName") = '' OR c.hosting <> 'ON_PREMISES')`,
    detail: Prisma.sql`'Windows authentication works only through an on-premises data gateway'`,
  },
  {
    kind: "owner_left",
    label: "Owner left the organization",
    hit: Prisma.sql`NOT u."isActive"`,
    detail: Prisma.sql`u."displayName" || ' has left; assign a new owner'`,
  },
  {
    kind: "test_shared",
    label: "Named like a test connector, shared beyond its owner",
    hit: Prisma.sql`NOT c."isSample" AND (c.scope <> 'PRIVATE' OR s.beyond_owner) AND (lower(c.title) ~ ${TEST_NAME_PATTERN} OR c.slug ~ ${TEST_NAME_PATTERN})`,
    detail: Prisma.sql`'Shared as ' || lower(c.scope::text)`,
  },
  {
    kind: "blocked_in_use",
    label: "Blocked by DLP but in use",
    hit: Prisma.sql`f."group" = 'BLOCKED' AND c.lifecycle <> 'RETIRED' AND (c.scope <> 'PRIVATE' OR s.beyond_owner)`,
    detail: Prisma.sql`'Blocked by ' || f."decidedBy"`,
  },
];

/**
 * The connectors an administrator should look at, per reason: how many, and the first few by title. All reasons
 * come from one pass over the connectors (with their owner, DLP fact and active shares), not one scan each.
 */
export async function listNeedsAttention(db: Db, options: { limit?: number } = {}): Promise<AttentionList[]> {
  const limit = options.limit ?? 20;
  const kinds = Prisma.join(
    CHECKS.map((check) => Prisma.sql`(${check.kind}, CASE WHEN ${check.hit} THEN ${check.detail} END)`),
    ", ",
  );
  const rows = await db.$queryRaw<{ kind: AttentionKind; slug: string; title: string; owner: string; detail: string; total: number }[]>`
    WITH shared AS (
      SELECT sh."connectorId", bool_or(sh."principalType" = 'ORGANIZATION') AS org_wide, bool_or(sh."userId" IS NULL OR sh."userId" <> cc."ownerId") AS beyond_owner
      FROM "Share" sh JOIN "Connector" cc ON cc.id = sh."connectorId" WHERE sh."revokedAt" IS NULL GROUP BY sh."connectorId"
    ), hits AS (
      SELECT v.kind, c.slug, c.title, u."displayName" AS owner, v.detail
      FROM "Connector" c
      JOIN "User" u ON u.id = c."ownerId"
      LEFT JOIN "ConnectorDlpFact" f ON f."connectorId" = c.id
      LEFT JOIN shared s ON s."connectorId" = c.id
      CROSS JOIN LATERAL (VALUES ${kinds}) AS v(kind, detail)
      WHERE v.detail IS NOT NULL
    )
    SELECT kind, slug, title, owner, detail, total FROM (
      SELECT hits.*, row_number() OVER (PARTITION BY kind ORDER BY title, slug) AS n, count(*) OVER (PARTITION BY kind)::int AS total FROM hits
    ) ranked
    WHERE n <= ${limit}
    ORDER BY kind, n`;
  return CHECKS.map((check) => {
    const mine = rows.filter((r) => r.kind === check.kind);
    return {
      kind: check.kind,
      label: check.label,
      total: mine[0]?.total ?? 0,
      items: mine.map(({ slug, title, owner, detail }) => ({ slug, title, owner, detail })),
    };
  });
}
