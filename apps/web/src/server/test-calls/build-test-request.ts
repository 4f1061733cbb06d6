import { z } from "zod";

// The request builder lives in @connector-hub/definitions (one document model: operations, path-level
// parameter overrides and $ref as validate and diff read them); the connection values are checked here, at
// the web app's edge.
export { baseUrlOf, buildTestRequest, readSecurityScheme, TestInputError, type BuiltTestRequest, type SecurityScheme } from "@connector-hub/definitions";

export const ZConnectionValues = z.object({
  apiKey: z.string().max(4096).optional(),
  username: z.string().max(1024).optional(),
  password: z.string().max(4096).optional(),
  clientId: z.string().max(1024).optional(),
  clientSecret: z.string().max(4096).optional(),
  accessToken: z.string().max(16_384).optional(),
});
export type TConnectionValues = z.infer<typeof ZConnectionValues>;
