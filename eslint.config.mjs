// The root scripts (scripts/, bench/, prisma/); each workspace has its own eslint.config.mjs on the same shared
// configuration (tooling/eslint).
import { fileURLToPath } from "node:url";
import { baseConfig } from "@connector-hub/eslint-config/base";

export default baseConfig(fileURLToPath(new URL(".", import.meta.url)));
