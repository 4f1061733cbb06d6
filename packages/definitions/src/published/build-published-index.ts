// `connector-hub public-index build <clone>`: the index from a local clone of microsoft/PowerPlatformConnectors,
// in the shape of the shipped one (folder, kind, title, publisher, stackOwner, host, basePath, brand colour,
// security definition types, operations). A definition that is not strict JSON is counted as unreadable.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { TPublishedConnector, TPublishedIndex, TPublishedKind, TPublishedOperation } from "./types.ts";

const KIND_FOLDERS: [string, TPublishedKind][] = [
  ["certified-connectors", "certified"],
  ["independent-publisher-connectors", "independent-publisher"],
];
const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch"]);

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

export interface TBuildOptions {
  /** The commit and date to record; read from the clone's git when not given. */
  commit?: string;
  date?: string;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Strict JSON in strict UTF-8 (a file that is neither is counted as unreadable, as in the shipped index). */
function readJson(file: string): unknown {
  return JSON.parse(utf8.decode(readFileSync(file)));
}

function gitFacts(clone: string): { commit: string; date: string } | null {
  try {
    const out = execFileSync("git", ["-C", clone, "log", "-1", "--format=%H %cs"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const [commit, date] = out.split(" ");
    return commit && date ? { commit, date } : null;
  } catch {
    return null;
  }
}

function describeConnector(folder: string, kind: TPublishedKind, swagger: Obj, apiProperties: Obj): TPublishedConnector {
  const props = obj(apiProperties.properties);
  const operations: TPublishedOperation[] = [];
  for (const [p, item] of Object.entries(obj(swagger.paths))) {
    for (const [method, op] of Object.entries(obj(item))) {
      if (!METHODS.has(method.toLowerCase())) continue;
      const o: TPublishedOperation = { operationId: str(obj(op).operationId) ?? "", method: method.toUpperCase(), path: p };
      if ("x-ms-trigger" in obj(op)) o.trigger = true;
      operations.push(o);
    }
  }
  const authTypes = [
    ...new Set(
      Object.values(obj(swagger.securityDefinitions))
        .map((d) => str(obj(d).type))
        .filter((t): t is string => !!t),
    ),
  ].sort();
  // Keys in the shipped index's order; absent facts are left out, as there.
  const c = {
    folder,
    kind,
    title: str(obj(swagger.info).title) ?? path.basename(folder),
    publisher: str(props.publisher),
    stackOwner: str(props.stackOwner),
    host: str(swagger.host) ?? "",
    basePath: str(swagger.basePath),
    brandColor: str(props.iconBrandColor),
    authTypes: authTypes.length > 0 ? authTypes : undefined,
    operations,
  };
  return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as unknown as TPublishedConnector;
}

/** Builds the index; throws when the folder does not look like a clone of the repository. */
export function buildPublishedIndex(clone: string, options: TBuildOptions = {}): TPublishedIndex {
  const present = KIND_FOLDERS.filter(([dir]) => existsSync(path.join(clone, dir)));
  if (present.length === 0)
    throw new Error(
      `${clone} has neither certified-connectors/ nor independent-publisher-connectors/: give the folder of a clone of microsoft/PowerPlatformConnectors.`,
    );
  const facts = options.commit && options.date ? { commit: options.commit, date: options.date } : gitFacts(clone);
  const commit = options.commit ?? facts?.commit;
  const date = options.date ?? facts?.date;
  if (!commit || !date) throw new Error(`${clone} is not a git checkout: say which commit and date it is with --commit and --date.`);
  const connectors: TPublishedConnector[] = [];
  let unreadable = 0;
  for (const [dir, kind] of present) {
    for (const name of readdirSync(path.join(clone, dir)).sort()) {
      const folder = path.join(clone, dir, name);
      const definition = path.join(folder, "apiDefinition.swagger.json");
      if (!statSync(folder).isDirectory() || !existsSync(definition)) continue;
      try {
        const propsFile = path.join(folder, "apiProperties.json");
        const apiProperties = existsSync(propsFile) ? obj(readJson(propsFile)) : {};
        connectors.push(describeConnector(`${dir}/${name}`, kind, obj(readJson(definition)), apiProperties));
      } catch {
        unreadable++;
      }
    }
  }
  return {
    source: "github.com/microsoft/PowerPlatformConnectors",
    commit,
    date,
    licence: "MIT (see LICENSE beside this file)",
    count: connectors.length,
    unreadable,
    connectors,
  };
}
