import { z } from "zod";

// The audit route's answer, parsed by the route and generated into /api/v1/swagger.json (see hub-openapi.ts).

const field = <T extends z.ZodType>(schema: T, summary: string, description: string) => schema.meta({ "x-ms-summary": summary, description });

export const ZAuditEvent = z.object({
  id: field(z.string(), "Event id", "The event's id; events are numbered in the order they happened."),
  at: field(z.string(), "At", "When it happened (ISO 8601)."),
  actorId: field(z.string().nullable(), "Actor id", "The user who acted; null for the system."),
  actorLabel: field(z.string(), "Actor", "Who acted, as shown in the log."),
  action: field(z.string(), "Action", "What happened, like sharing.request.approved."),
  entityType: field(z.string(), "Entity type", "Connector, SharingRequest, LicencePlan, DlpPolicy ..."),
  entityId: field(z.string(), "Entity id", "The id of what it happened to."),
  before: field(z.unknown(), "Before", "The changed fields before, when any."),
  after: field(z.unknown(), "After", "The changed fields after, when any."),
  requestId: field(z.string().nullable(), "Request id", "The HTTP request that did it, when known."),
});

export const ZAuditPage = z.object({
  events: field(z.array(ZAuditEvent), "Events", "Newest first."),
  nextBefore: field(z.string().nullable(), "Next before", "Pass as before for the next (older) page; null on the last page."),
});
