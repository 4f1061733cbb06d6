import { zipSync, type Zippable } from "fflate";
import type { TPublisherKind } from "./certify-types.ts";

export interface TCertificationFiles {
  definition: Uint8Array;
  apiProperties: Uint8Array;
  readme?: Uint8Array;
  script?: Uint8Array;
}

/** The repository's top folder for the kind: certified-connectors/ or independent-publisher-connectors/. */
export function repositoryFolder(kind: TPublisherKind): string {
  return kind === "certified" ? "certified-connectors" : "independent-publisher-connectors";
}

/** The connector's folder name: its title, without what a path cannot hold. */
export function connectorFolderName(title: string): string {
  const name = title
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\.+$/, "");
  return name === "" ? "Connector" : name;
}

/**
 * A zip laid out as a pull request to microsoft/PowerPlatformConnectors holds it: one folder,
 * `<certified-connectors|independent-publisher-connectors>/<Connector Name>/`, with apiDefinition.swagger.json,
 * apiProperties.json, readme.md and script.csx when there is custom code. No icon.png (it goes into the
 * certification package, or is generic for independent publishers) and no settings.json (a paconn argument file).
 * Fixed timestamps make the same files give the same bytes.
 */
export function buildCertificationZip(kind: TPublisherKind, title: string, files: TCertificationFiles): { zip: Uint8Array; entries: string[] } {
  const folder = `${repositoryFolder(kind)}/${connectorFolderName(title)}`;
  const tree: Zippable = {};
  const add = (name: string, bytes: Uint8Array | undefined) => {
    if (bytes) tree[`${folder}/${name}`] = [bytes, { mtime: new Date("2024-10-23T00:00:00Z") }];
  };
  add("apiDefinition.swagger.json", files.definition);
  add("apiProperties.json", files.apiProperties);
  add("readme.md", files.readme);
  add("script.csx", files.script);
  return { zip: zipSync(tree, { level: 6 }), entries: Object.keys(tree) };
}
