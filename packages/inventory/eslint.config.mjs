import { fileURLToPath } from "node:url";
import { baseConfig } from "@connector-hub/eslint-config/base";

export default baseConfig(fileURLToPath(new URL(".", import.meta.url)));
