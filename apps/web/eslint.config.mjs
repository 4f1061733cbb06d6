import { fileURLToPath } from "node:url";
import { baseConfig } from "@connector-hub/eslint-config/base";
import { nextjsConfig } from "@connector-hub/eslint-config/nextjs";

export default [...baseConfig(fileURLToPath(new URL(".", import.meta.url))), ...nextjsConfig];
