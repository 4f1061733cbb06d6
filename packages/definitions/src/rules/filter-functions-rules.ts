import { joinPointer } from "../parse/json-pointer.ts";
import type { TJsonObject } from "../types.ts";
import { asArray, asObject, requestBodySchemas, responseSchemas, text, type TSchemaSite } from "./rule-helpers.ts";
import { NONE, defineRule, type Rule, type ValidationContext } from "./rule-types.ts";

/**
 * x-ms-capabilities.filterFunctions on a schema property: the filter operations a tabular client (Power Apps
 * delegation) may send for that column. "Fix Swagger Validator errors" gives the codes but not where the property
 * lives or its values; two outside readers placed it in a schema property's x-ms-capabilities, which is where
 * Microsoft's Power Fx connector library reads column capabilities ("filterFunctions", e.g. "eq", "and", "or"), and
 * the values are that library's delegation operators (Microsoft.PowerFx.Core, DelegationMetadataOperatorConstants,
 * MIT). All warnings: none of it is in the corpus, and the platform's own list may be longer.
 */
const FILTER_FUNCTIONS = new Set(
  (
    "eq ne lt le gt ge and or contains indexof substringof not year month day hour minute second tolower toupper trim " +
    "null date length sum min max average count add sub startswith mul div endswith countdistinct cdsin top astype " +
    "arraylookup distinct joininner joinleft joinright joinfull"
  ).split(" "),
);

const filterFunctionsOf = (schema: TJsonObject) => asObject(schema["x-ms-capabilities"])?.filterFunctions;
const at = (pointer: string) => joinPointer(pointer, "x-ms-capabilities", "filterFunctions");

/** The #/definitions entries (escaped, as pointers write them) among schemas a walk reached. */
const definitionsAmong = (sites: TSchemaSite[]) => new Set(sites.flatMap(({ pointer }) => /^\/definitions\/([^/]+)$/.exec(pointer)?.[1] ?? []));

/** Whether a schema node is part of a request body and of no response. */
function isInputOnly(pointer: string, ctx: ValidationContext): boolean {
  if (/\/responses\//.test(pointer) || pointer.startsWith("/responses/")) return false;
  if (/^\/(paths|parameters)\//.test(pointer)) return /\/schema(\/|$)/.test(pointer);
  const name = /^\/definitions\/([^/]+)/.exec(pointer)?.[1];
  if (name === undefined) return false;
  // The definitions a request body reaches and no response does: their properties are input only.
  const inputOnly = ctx.memo("input-only-definitions", () => {
    const output = definitionsAmong(responseSchemas(ctx));
    return new Set([...definitionsAmong(requestBodySchemas(ctx))].filter((d) => !output.has(d)));
  });
  return inputOnly.has(name);
}

const rule = (id: string, description: string, check: (schema: TJsonObject, pointer: string, ctx: ValidationContext) => string | undefined): Rule =>
  defineRule({
    id,
    severity: "warning",
    group: "Properties",
    origin: "microsoft",
    description,
    node: "schema",
    keys: ["x-ms-capabilities"],
    check: ({ schema, pointer, ctx }) => {
      if (filterFunctionsOf(schema) === undefined) return NONE;
      const message = check(schema, pointer, ctx);
      return message === undefined ? NONE : [{ message, path: at(pointer) }];
    },
  });

export const FILTER_FUNCTIONS_RULES: Rule[] = [
  rule("FilterFunctionsPropertyEmpty", "x-ms-capabilities.filterFunctions is an empty list.", (schema) =>
    Array.isArray(filterFunctionsOf(schema)) && asArray(filterFunctionsOf(schema)).length === 0
      ? `"filterFunctions" is empty. List the filter operations the API supports for this property (for example ["eq", "ne"]), or remove it.`
      : undefined,
  ),
  rule("FilterFunctionsPropertyHasDuplicates", "x-ms-capabilities.filterFunctions lists a value twice.", (schema) => {
    const values = asArray(filterFunctionsOf(schema)).map((v) => text(v).toLowerCase());
    const twice = values.find((v, i) => values.indexOf(v) !== i);
    return twice === undefined ? undefined : `"filterFunctions" lists "${twice}" more than once. Remove the duplicate.`;
  }),
  rule(
    "FilterFunctionsPropertyInInputSchema",
    "x-ms-capabilities.filterFunctions on a property of a request body; it belongs in a response schema.",
    (_schema, pointer, ctx) =>
      isInputOnly(pointer, ctx)
        ? `"filterFunctions" describes how a returned column can be filtered, so it belongs in the response schema; this property is only sent. Remove it here.`
        : undefined,
  ),
  rule("FilterFunctionsPropertyInvalidValue", "x-ms-capabilities.filterFunctions holds a value that is not a filter operation.", (schema) => {
    const bad = asArray(filterFunctionsOf(schema)).filter((v) => !FILTER_FUNCTIONS.has(text(v).toLowerCase()));
    return bad.length === 0
      ? undefined
      : `"filterFunctions" holds ${bad.map((v) => JSON.stringify(v)).join(", ")}, which ${bad.length === 1 ? "is not a filter operation" : "are not filter operations"}. Use operations such as "eq", "ne", "lt", "le", "gt", "ge", "and", "or", "not", "contains", "startswith", "endswith".`;
  }),
];
