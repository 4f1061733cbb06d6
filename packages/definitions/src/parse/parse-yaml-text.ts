import { isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from "yaml";
import type { TJsonValue } from "../types.ts";
import { splitPointer } from "./json-pointer.ts";

export interface YamlProblem {
  code: "InvalidYaml" | "YamlAliasLimitExceeded";
  offset: number;
  message: string;
}

export interface YamlParseResult {
  value: TJsonValue | undefined;
  problems: YamlProblem[];
  locate: (pointer: string) => number;
}

/** Expanding more aliases than this is how a "billion laughs" file exhausts memory. */
const MAX_ALIAS_COUNT = 100;

function createYamlLocator(doc: Document): (pointer: string) => number {
  return (pointer: string) => {
    let node: unknown = doc.contents;
    let at = (doc.contents as YamlNode | null)?.range?.[0] ?? 0;
    for (const segment of splitPointer(pointer)) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === segment);
        if (!pair) break;
        at = (isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? at;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)] as YamlNode | undefined;
        if (!item) break;
        at = item.range?.[0] ?? at;
        node = item;
      } else break;
    }
    return at;
  };
}

/** Parses YAML with positions; an alias bomb or a syntax error becomes a problem, never an exception. */
export function parseYamlText(text: string): YamlParseResult {
  const doc = parseDocument(text, { prettyErrors: false, strict: false });
  const locate = createYamlLocator(doc);
  // Later errors are mostly knock-on effects of the first; one precise finding says what to fix.
  const problems: YamlProblem[] = doc.errors.slice(0, 1).map((e) => ({
    code: "InvalidYaml",
    offset: e.pos[0],
    message: `Invalid YAML: ${(e.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "")}. Fix the indentation or quoting at this line.`,
  }));
  if (problems.length > 0) return { value: undefined, problems, locate };
  try {
    const value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as TJsonValue;
    return { value, problems, locate };
  } catch (error) {
    const isAlias = error instanceof ReferenceError || /alias/i.test(String(error));
    return {
      value: undefined,
      problems: [
        isAlias
          ? {
              code: "YamlAliasLimitExceeded",
              offset: 0,
              message: `The YAML expands more than ${MAX_ALIAS_COUNT} aliases (an "alias bomb"). Write the repeated parts out or use $ref instead of YAML anchors.`,
            }
          : { code: "InvalidYaml", offset: 0, message: "Invalid YAML: the document cannot be turned into JSON values. Use only maps, lists and scalars." },
      ],
      locate,
    };
  }
}
