export const SAMPLE_VARIANTS = ["api-key", "basic", "oauth2"] as const;
export type TSampleVariant = (typeof SAMPLE_VARIANTS)[number];

export const API_KEY_HEADER_NAME = "X-API-Key";
// Node lower-cases incoming header names.
export const API_KEY_HEADER = API_KEY_HEADER_NAME.toLowerCase();
