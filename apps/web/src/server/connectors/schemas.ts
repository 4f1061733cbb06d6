import { AuthType, Hosting, Lifecycle, SharingScope } from "@connector-hub/db";
import { z } from "zod";

const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

/** The wizard's answers (and the API's options) beside an upload. */
export const ZImportFields = z.object({
  title: optional(z.string().trim().max(120, "Titles are at most 120 characters.")),
  slug: optional(z.string().regex(/^[a-z0-9][a-z0-9-]{1,79}$/, "A slug is 2-80 lower-case letters, digits and hyphens.")),
  publisher: optional(z.string().trim().max(120)),
  scope: optional(z.enum(SharingScope)),
  hosting: optional(z.enum(Hosting)),
  gatewayName: optional(z.string().trim().max(120)),
  authType: optional(z.enum(AuthType)),
  environmentId: optional(z.string().max(40)),
});

export const ZFinding = z.object({
  code: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  message: z.string(),
  path: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  file: z.string(),
});

export const ZChange = z.object({ code: z.string(), kind: z.enum(["breaking", "non-breaking"]), path: z.string(), operationId: z.string().optional(), message: z.string() });

export const ZImportResponse = z.object({
  connector: z.object({ id: z.string(), slug: z.string(), title: z.string(), scope: z.enum(SharingScope), url: z.string() }),
  version: z.object({ id: z.string(), number: z.number().int(), errorCount: z.number().int(), warningCount: z.number().int(), breakingCount: z.number().int().optional() }),
  findings: z.array(ZFinding),
  changes: z.array(ZChange).optional(),
});

export const ZCatalogItem = z.object({
  id: z.string(), slug: z.string(), title: z.string(), description: z.string(), publisher: z.string(), host: z.string(), brandColor: z.string(), hasIcon: z.boolean(),
  authType: z.enum(AuthType), hosting: z.enum(Hosting), scope: z.enum(SharingScope), lifecycle: z.enum(Lifecycle), isSample: z.boolean(),
  actionCount: z.number().int(), triggerCount: z.number().int(), errorCount: z.number().int(), warningCount: z.number().int(), updatedAt: z.string(),
});
const ZFacet = z.array(z.object({ value: z.string(), count: z.number().int() }));
export const ZCatalogResponse = z.object({
  items: z.array(ZCatalogItem),
  total: z.number().int(),
  nextCursor: z.string().nullable(),
  facets: z.object({ auth: ZFacet, hosting: ZFacet, scope: ZFacet, lifecycle: ZFacet, publisher: ZFacet, sample: ZFacet }),
});

export const ZVersionNumber = z.coerce.number({ error: "The version is a number, like 2." }).int().min(1, "Versions start at 1.");
