import { fileURLToPath } from "node:url";
import { baseConfig } from "./base.js";

export default baseConfig(fileURLToPath(new URL(".", import.meta.url)));
