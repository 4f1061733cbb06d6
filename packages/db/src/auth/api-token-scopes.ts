import { z } from "zod";

/** What a personal API token may do; a token carries only the scopes its maker chose. */
export const API_TOKEN_SCOPES = ["validate", "connectors:read", "connectors:write"] as const;
export const ZApiTokenScope = z.enum(API_TOKEN_SCOPES, { error: `Scopes must be among: ${API_TOKEN_SCOPES.join(", ")}.` });
export type TApiTokenScope = z.infer<typeof ZApiTokenScope>;

/** Tokens are random; a SHA-256 of the secret is enough to find them and useless to whoever reads the table. */
export const API_TOKEN_PREFIX = "chub_";
