// Reads an index file (the shipped seed, an administrator's upload, or what `public-index build` wrote) and says
// exactly what is wrong with one that is not an index, instead of loading half of it.
import type { TPublishedConnector, TPublishedIndex, TPublishedOperation } from "./types.ts";

export class PublishedIndexError extends Error {
  override name = "PublishedIndexError";
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function text(o: Obj, key: string, where: string, optional: true): string | undefined;
function text(o: Obj, key: string, where: string, optional?: false): string;
function text(o: Obj, key: string, where: string, optional = false): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) {
    if (optional) return undefined;
    throw new PublishedIndexError(`${where} has no "${key}": every entry needs one (see the index README).`);
  }
  if (typeof v !== "string") throw new PublishedIndexError(`${where}: "${key}" must be a string, not ${JSON.stringify(v).slice(0, 40)}.`);
  return v;
}

function readOperation(value: unknown, where: string): TPublishedOperation {
  if (!isObj(value)) throw new PublishedIndexError(`${where} must be an object with operationId, method and path.`);
  const op: TPublishedOperation = {
    operationId: text(value, "operationId", where, true) ?? "",
    method: text(value, "method", where),
    path: text(value, "path", where),
  };
  if (value.trigger === true) op.trigger = true;
  return op;
}

function readConnector(value: unknown, i: number): TPublishedConnector {
  const where = `connectors[${i}]`;
  if (!isObj(value)) throw new PublishedIndexError(`${where} must be an object.`);
  const folder = text(value, "folder", where);
  const at = `${where} ("${folder}")`;
  const kind = text(value, "kind", at);
  if (kind !== "certified" && kind !== "independent-publisher")
    throw new PublishedIndexError(`${at}: "kind" must be "certified" or "independent-publisher", not "${kind}".`);
  if (!Array.isArray(value.operations)) throw new PublishedIndexError(`${at}: "operations" must be a list.`);
  const authTypes = value.authTypes;
  if (authTypes !== undefined && !(Array.isArray(authTypes) && authTypes.every((a) => typeof a === "string")))
    throw new PublishedIndexError(`${at}: "authTypes" must be a list of strings.`);
  const connector: TPublishedConnector = {
    folder,
    kind,
    title: text(value, "title", at),
    host: text(value, "host", at, true) ?? "",
    operations: value.operations.map((op, j) => readOperation(op, `${at} operations[${j}]`)),
  };
  for (const key of ["publisher", "stackOwner", "basePath", "brandColor"] as const) {
    const v = text(value, key, at, true);
    if (v !== undefined) connector[key] = v;
  }
  if (authTypes) connector.authTypes = authTypes as string[];
  return connector;
}

/** Parses and checks an index file's text; throws PublishedIndexError saying what to change. */
export function readPublishedIndex(content: string): TPublishedIndex {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new PublishedIndexError(`The index is not JSON (${(error as Error).message}): upload the index.json that "connector-hub public-index build" writes.`);
  }
  if (!isObj(parsed)) throw new PublishedIndexError("The index must be a JSON object with commit, date and connectors.");
  const commit = text(parsed, "commit", "The index");
  const date = text(parsed, "date", "The index");
  if (!Array.isArray(parsed.connectors)) throw new PublishedIndexError('The index has no "connectors" list.');
  if (parsed.connectors.length === 0)
    throw new PublishedIndexError("The index lists no connectors: build it from a clone that has certified-connectors/ and independent-publisher-connectors/.");
  const connectors = parsed.connectors.map(readConnector);
  const folders = new Set<string>();
  for (const c of connectors) {
    if (folders.has(c.folder)) throw new PublishedIndexError(`The index lists the folder "${c.folder}" twice.`);
    folders.add(c.folder);
  }
  // How many definitions the build could not read: a count, stored in a 32-bit column (a fraction or -1 is not one).
  const unreadable = parsed.unreadable ?? 0;
  if (typeof unreadable !== "number" || !Number.isInteger(unreadable) || unreadable < 0 || unreadable > 2_147_483_647) {
    throw new PublishedIndexError(`"unreadable" must be a whole number of files, 0 or more, not ${JSON.stringify(unreadable).slice(0, 40)}.`);
  }
  return {
    source: typeof parsed.source === "string" ? parsed.source : "github.com/microsoft/PowerPlatformConnectors",
    commit,
    date,
    licence: typeof parsed.licence === "string" ? parsed.licence : "MIT (see LICENSE beside this file)",
    count: connectors.length,
    unreadable,
    connectors,
  };
}
