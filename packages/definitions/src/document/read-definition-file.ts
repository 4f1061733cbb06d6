import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { MAX_INPUT_BYTES } from "../parse/decode-input.ts";
import { loadDefinition, type TLoadedDefinition } from "./load-definition.ts";

export type TReadDefinition = TLoadedDefinition & { file?: string };

/**
 * Reads a definition file, or the apiDefinition.swagger.json of a paconn folder, never throwing. The size
 * is checked before reading, so a 50 MB file is refused without being loaded.
 */
export async function readDefinitionFile(path: string): Promise<TReadDefinition> {
  let file = path;
  try {
    let info = await stat(path);
    if (info.isDirectory()) {
      file = join(path, "apiDefinition.swagger.json");
      info = await stat(file);
    }
    if (info.size > MAX_INPUT_BYTES) {
      return {
        ok: false,
        message: `${file}: FileTooLarge: the file is ${(info.size / 1048576).toFixed(1)} MB; definitions above ${MAX_INPUT_BYTES / 1048576} MB are refused unread (the platform accepts about 1 MB). Remove unused definitions and examples, or split the connector.`,
      };
    }
    const loaded = loadDefinition(await readFile(file), file);
    return { ...loaded, file };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why =
      code === "ENOENT"
        ? "it does not exist"
        : code === "EACCES"
          ? "permission is denied"
          : code === "EISDIR"
            ? "it is a folder"
            : `the system said ${String(code ?? "it cannot be read")}`;
    return { ok: false, message: `Cannot read ${file}: ${why}. Pass the path of an OpenAPI 2.0 definition (JSON or YAML) or of a paconn folder.` };
  }
}
