import { fileURLToPath } from "node:url";
import { baseConfig } from "@connector-hub/eslint-config/base";
import { nextjsConfig } from "@connector-hub/eslint-config/nextjs";
import { appBoundaries } from "./eslint.app-boundaries.mjs";

export default [...baseConfig(fileURLToPath(new URL(".", import.meta.url))), ...nextjsConfig, appBoundaries];
