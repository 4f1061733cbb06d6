import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { parseDefinition, type TParsedDefinition } from "./parse-definition.ts";

export type TReadDefinition = (TParsedDefinition & { ok: false }) | { ok: true; document: Record<string, unknown>; text: string; file: string };

/** Reads a definition file, or the apiDefinition.swagger.json of a paconn folder, never throwing. */
export async function readDefinitionFile(path: string): Promise<TReadDefinition> {
  let file = path;
  try {
    if ((await stat(path)).isDirectory()) file = join(path, "apiDefinition.swagger.json");
    const text = await readFile(file, "utf8");
    const parsed = parseDefinition(text, file);
    return parsed.ok ? { ...parsed, text, file } : parsed;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why = code === "ENOENT" ? "it does not exist" : code === "EACCES" ? "permission is denied" : `the system said ${String(code ?? "it cannot be read")}`;
    return { ok: false, message: `Cannot read ${file}: ${why}. Pass the path of an OpenAPI 2.0 definition (JSON or YAML) or of a paconn folder.` };
  }
}
