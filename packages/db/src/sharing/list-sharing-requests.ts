import { ZRequestStage, ZSharingScope } from "@connector-hub/governance";
import { z } from "zod";
import { AppError } from "../app-error.ts";
import type { Db } from "../client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { SHARING_SLA_DAYS, type SharingActor } from "./sharing-types.ts";

const OPEN = ["SUBMITTED", "MAKER_CHECKS", "RISK_ASSESSMENT", "ADMIN_DECISION", "CHANGES_REQUESTED"] as const;
const list = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : String(v).split(",")), z.array(item));

/** The queues' filters, as they appear in the URL (?queue=review&stage=ADMIN_DECISION&overdue=true). */
export const ZSharingQueueQuery = z.object({
  queue: z.enum(["mine", "review", "all"], { error: "Queue must be mine, review or all." }).default("mine"),
  stage: list(ZRequestStage).default([]),
  scope: list(ZSharingScope).default([]),
  q: z.string().trim().max(200).default(""),
  overdue: z.enum(["true", "false"]).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
export type SharingQueueQuery = z.input<typeof ZSharingQueueQuery>;

export interface SharingQueueItem {
  id: string;
  connector: { slug: string; title: string };
  requester: { id: string; displayName: string };
  targetScope: string;
  stage: string;
  riskScore: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  ageDays: number;
  dueAt: string | null;
  isOverdue: boolean;
  isOwn: boolean;
}

/**
 * "My requests" (the maker's own) or "to review" (open requests, for administrators) with age and SLA. The review
 * queue lists the oldest first, so the most overdue request is on top.
 */
export async function listSharingRequests(db: Db, rawQuery: SharingQueueQuery, actor: SharingActor, now = new Date()): Promise<SharingQueueItem[]> {
  const query = ZSharingQueueQuery.parse(rawQuery);
  const isAdmin = actor.roles.includes("Hub.Admin");
  if (query.queue !== "mine" && !isAdmin)
    throw new AppError("FORBIDDEN", "Only administrators (Hub.Admin) see the review queue; your own requests are under queue=mine.");
  const slaMs = SHARING_SLA_DAYS * 86_400_000;
  const where: Prisma.SharingRequestWhereInput = {
    ...(query.queue === "mine" ? { requesterId: actor.id } : {}),
    ...(query.queue === "review"
      ? {
          stage: {
            in: query.stage.length
              ? query.stage.filter((s) => (OPEN as readonly string[]).includes(s) && s !== "CHANGES_REQUESTED")
              : ["SUBMITTED", "MAKER_CHECKS", "RISK_ASSESSMENT", "ADMIN_DECISION"],
          },
        }
      : query.stage.length
        ? { stage: { in: query.stage } }
        : {}),
    ...(query.scope.length ? { targetScope: { in: query.scope } } : {}),
    ...(query.q ? { connector: { title: { contains: query.q, mode: "insensitive" as const } } } : {}),
    ...(query.overdue === "true" ? { createdAt: { lt: new Date(now.getTime() - slaMs) }, stage: { in: [...OPEN] } } : {}),
  };
  const rows = await db.sharingRequest.findMany({
    where,
    include: { connector: { select: { slug: true, title: true } }, requester: { select: { id: true, displayName: true } } },
    orderBy: { createdAt: query.queue === "review" ? "asc" : "desc" },
    take: query.limit,
  });
  return rows.map((r) => {
    const open = (OPEN as readonly string[]).includes(r.stage);
    const due = new Date(r.createdAt.getTime() + slaMs);
    return {
      id: r.id,
      connector: r.connector,
      requester: r.requester,
      targetScope: r.targetScope,
      stage: r.stage,
      riskScore: r.riskScore,
      version: r.version,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      ageDays: Math.floor((now.getTime() - r.createdAt.getTime()) / 86_400_000),
      dueAt: open ? due.toISOString() : null,
      isOverdue: open && due < now,
      isOwn: r.requesterId === actor.id,
    };
  });
}
