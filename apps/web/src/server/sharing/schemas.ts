import { SharingScope } from "@connector-hub/db";
import { z } from "zod";

// The sharing routes' answers, parsed by the routes and generated into /api/v1/swagger.json (see hub-openapi.ts).

const field = <T extends z.ZodType>(schema: T, summary: string, description: string) => schema.meta({ "x-ms-summary": summary, description });

export const ZRevokedShare = z.object({
  revokedAt: field(
    z.codec(z.date(), z.string(), { decode: (date) => date.toISOString(), encode: (text) => new Date(text) }),
    "Revoked",
    "When the share was revoked (ISO 8601).",
  ),
  scope: field(z.enum(SharingScope), "Sharing scope", "Who the connector is shared with now."),
});
