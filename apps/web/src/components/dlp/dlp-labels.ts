export const DLP_GROUP_LABELS: Record<string, string> = { BUSINESS: "Business", NON_BUSINESS: "Non-business", BLOCKED: "Blocked", IGNORE: "Ignore" };
export const DLP_GROUP_COLORS: Record<string, string> = { BUSINESS: "#107c10", NON_BUSINESS: "#0078d4", BLOCKED: "#a4262c", IGNORE: "#69797e" };
