import { HTTP_METHODS } from "../document/list-operations.ts";
import { joinPointer } from "../parse/json-pointer.ts";
import type { Issue } from "../types.ts";
import { asObject, pathVariables, text } from "./rule-helpers.ts";
import { NONE, defineRule, type Rule } from "./rule-types.ts";

/** A path with its variable names blanked and in lower case: two paths of one shape match the same URLs. */
function pathShape(path: string): string {
  return (path.includes("{") ? path.replace(/\{[^{}]*\}/g, "{}") : path).toLowerCase();
}

/** The shape without a trailing slash: "/items/{id}/" and "/items/{id}" route alike too. */
function looseShape(path: string): string {
  const shape = pathShape(path);
  return shape.length > 1 && shape.endsWith("/") ? shape.slice(0, -1) : shape;
}

/**
 * For each path key, the first path key of the same loose shape (itself when it is the first): one pass over the
 * paths per document, shared by every path item's check.
 */
function firstPathsByLooseShape(paths: Record<string, unknown>): Map<string, string> {
  const firstByShape = new Map<string, string>();
  const out = new Map<string, string>();
  for (const p of Object.keys(paths)) {
    if (p.startsWith("x-")) continue;
    const shape = looseShape(p);
    const first = firstByShape.get(shape);
    if (first === undefined) firstByShape.set(shape, p);
    out.set(p, first ?? p);
  }
  return out;
}

/** Rules about the shape of each path template and its path parameters. */
export const PATH_RULES: Rule[] = [
  defineRule({
    id: "OperationPathMustStartWithSlash",
    severity: "error",
    group: "Operations",
    origin: "microsoft",
    description: "A path key does not start with '/'.",
    node: "pathItem",
    check: ({ path, pointer }) =>
      path.startsWith("/") ? NONE : [{ message: `The path "${path}" must start with '/'. Write it as "/${path}".`, path: pointer }],
  }),
  defineRule({
    id: "OperationPathMayNotContainQueryOrFragment",
    severity: "error",
    group: "Operations",
    origin: "microsoft",
    description: "A path contains '?' or '#'; query and fragment belong in parameters.",
    node: "pathItem",
    check: ({ path, pointer }) =>
      /[?#]/.test(path)
        ? [
            {
              message: `The path "${path}" contains a query string or fragment. Remove "${path.slice(path.search(/[?#]/))}" from the path and declare each query value as an "in": "query" parameter.`,
              path: pointer,
            },
          ]
        : NONE,
  }),
  defineRule({
    id: "OperationPathTemplateNotValid",
    severity: "error",
    group: "Operations",
    origin: "microsoft",
    description: "A path template has unbalanced or empty braces.",
    node: "pathItem",
    check: ({ path, pointer }) => {
      const stripped = path.replace(/\{[^{}/]+\}/g, "");
      return /[{}]/.test(stripped)
        ? [{ message: `The path "${path}" has unbalanced or empty braces. Write each variable as {name}, inside one path segment.`, path: pointer }]
        : NONE;
    },
  }),
  defineRule({
    id: "DuplicateOperationPath",
    severity: "error",
    group: "Operations",
    origin: "microsoft",
    description:
      "Two paths are the same once variable names are ignored (/items/{id} and /items/{key}): an error when both have an operation of one method, a warning when their methods differ.",
    node: "pathItem",
    check: ({ path, pointer, ctx }) => {
      const paths = asObject(ctx.doc.paths);
      if (!paths) return NONE;
      const first = ctx.memo("firstPathByLooseShape", () => firstPathsByLooseShape(paths)).get(path);
      // Paths equal but for letter case are PathRedefined.
      if (!first || first === path || first.toLowerCase() === path.toLowerCase()) return NONE;
      // A trailing slash alone: six published corpus connectors have such a pair, so a warning whatever the methods.
      if (pathShape(first) !== pathShape(path))
        return [
          {
            message: `The path "${path}" is "${first}" with${path.endsWith("/") ? "" : "out"} a trailing slash; requests to both may reach one operation. Merge them into one path, without the trailing slash.`,
            path: pointer,
            severity: "warning",
          },
        ];
      const clash = HTTP_METHODS.filter((m) => asObject(paths[first])?.[m] && asObject(paths[path])?.[m]);
      if (clash.length > 0)
        return [
          {
            message: `The path "${path}" matches the same URLs as "${first}" (${clash.map((m) => m.toUpperCase()).join(", ")} on both). Merge them or make the literal parts differ.`,
            path: pointer,
          },
        ];
      // No method on both: requests still route apart by method, and the platform accepts such pairs (one published
      // connector has one), but its message asks for "a difference in static path segments", so a warning.
      return [
        {
          message: `The path "${path}" has the same template as "${first}" but for the variable names. Their methods differ, so requests route apart, but Microsoft's validator asks for a difference in the literal segments: merge both into one path with one variable name.`,
          path: pointer,
          severity: "warning",
        },
      ];
    },
  }),
  defineRule({
    id: "PathRedefined",
    severity: "error",
    group: "Operations",
    origin: "microsoft",
    description: "Two path keys differ only in letter case; the platform matches paths without regard to case.",
    node: "pathItem",
    check: ({ path, pointer, ctx }) => {
      const paths = asObject(ctx.doc.paths);
      if (!paths) return NONE;
      const firstByLowerCase = ctx.memo("firstPathByLowerCase", () => {
        const map = new Map<string, string>();
        for (const p of Object.keys(paths)) if (!p.startsWith("x-") && !map.has(p.toLowerCase())) map.set(p.toLowerCase(), p);
        return map;
      });
      const first = firstByLowerCase.get(path.toLowerCase());
      return first !== undefined && first !== path
        ? [
            {
              message: `The path "${path}" is "${first}" again with different letter case; the platform treats them as one path. Merge their operations under one spelling.`,
              path: pointer,
            },
          ]
        : NONE;
    },
  }),
  defineRule({
    id: "OperationMissingPathParameter",
    severity: "error",
    group: "Operations",
    origin: "microsoft",
    description: "A {variable} in the path has no matching 'in: path' parameter.",
    node: "operation",
    check: ({ path, parameters, pointer }) => {
      if (!path.includes("{")) return NONE;
      const declared = new Set(parameters.filter((p) => p.param.in === "path").map((p) => text(p.param.name)));
      return pathVariables(path)
        .filter((v) => v !== "" && !declared.has(v))
        .map((v) => ({
          message: `The path has {${v}} but the operation has no parameter named "${v}" with "in": "path". Add one (type string, required: true).`,
          path: joinPointer(pointer, "parameters"),
        }));
    },
  }),
  defineRule({
    id: "PathParameterNotDefinedInTemplate",
    severity: "error",
    group: "Operations",
    origin: "microsoft",
    description: "An 'in: path' parameter does not appear as {name} in the path.",
    node: "operation",
    check: ({ path, parameters }) => {
      if (!parameters.some((p) => p.param.in === "path")) return NONE;
      const vars = new Set(pathVariables(path));
      return parameters
        .filter((p) => p.param.in === "path" && !vars.has(text(p.param.name)))
        .map((p) => ({
          message: `Path parameter "${text(p.param.name)}" does not appear in the path "${path}". Add {${text(p.param.name)}} to the path or change "in" to "query".`,
          path: p.pointer,
        }));
    },
  }),
  defineRule({
    id: "PathParameterMustBeRequired",
    severity: "error",
    group: "Operations",
    origin: "microsoft",
    description: "A path parameter is not marked required: true.",
    node: "parameter",
    locations: ["path"],
    check: ({ param, pointer }) =>
      param.in === "path" && param.required !== true
        ? [{ message: `Path parameter "${text(param.name)}" must have "required": true. Add it.`, path: pointer }]
        : NONE,
  }),
  defineRule({
    id: "OperationPathVariablesContainDefaults",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description:
      "A path template variable sets a default with '=' ({id=1}), or a path parameter's default value contains '=' (a plain default on a path parameter is fine: published connectors fix internal path segments that way).",
    node: "pathItem",
    // "The operation path template variables cannot set default values with character '='."
    check: ({ path, pointer }) => {
      if (!path.includes("=")) return NONE;
      let out: Issue[] | undefined;
      for (const variable of path.match(/\{[^{}]*=[^{}]*\}/g) ?? [])
        (out ??= []).push({
          message: `The path template variable ${variable} sets a default with "=", which the platform does not allow. Write {${variable.slice(1, variable.indexOf("="))}} and, if a value is usually the same, say so in the parameter's description.`,
          path: pointer,
        });
      return out ?? NONE;
    },
    // The page's solution: "a default value for a parameter which contains '='. That parameter is also specified as
    // being in the URL path." A default without "=" is not reported: 39 published connectors give path parameters
    // one (an internal "v1" segment, say), and the platform sends it. Each parameter is checked where it is written:
    // the path item's list, each operation's, and #/parameters (not at each $ref).
    also: {
      node: "parameter",
      locations: ["path"],
      keys: ["default"],
      check: ({ param, pointer }) =>
        param.in === "path" && typeof param.default === "string" && param.default.includes("=")
          ? [
              {
                message: `Path parameter "${text(param.name)}" has the default ${JSON.stringify(param.default)}, with "=", which the platform does not allow in a path segment's default. Remove the "=" (put "key=value" pairs in query parameters) or remove the default.`,
                path: joinPointer(pointer, "default"),
              },
            ]
          : NONE,
    },
  }),
  defineRule({
    id: "PartialDuplicateOperationPath",
    severity: "warning",
    group: "Operations",
    origin: "microsoft",
    description: "Two paths with a shared method differ only where one has a {variable} and the other a fixed segment (/items/{id} and /items/search).",
    node: "pathItem",
    check: ({ path, pointer, ctx }) => {
      const partner = ctx.memo("partialDuplicatePaths", () => partialDuplicates(asObject(ctx.doc.paths) ?? {})).get(path);
      return partner === undefined
        ? NONE
        : [
            {
              message: `The path "${path}" also matches the URLs of "${partner}" (a {variable} segment in one is a fixed segment in the other), so a value such as the fixed segment routes to the wrong operation. Make the fixed parts differ, or accept this routing knowingly.`,
              path: pointer,
            },
          ];
    },
  }),
];

export function duplicateIssues(list: { param: { name?: unknown; in?: unknown }; pointer: string }[], where: string): readonly Issue[] {
  let out: Issue[] | undefined;
  // Pairs compared in place: lists are short, and this runs for every operation and path item.
  for (let i = 1; i < list.length; i++) {
    const p = list[i] as (typeof list)[number];
    const name = text(p.param.name);
    const location = text(p.param.in);
    for (let j = 0; j < i; j++) {
      const q = (list[j] as (typeof list)[number]).param;
      if (text(q.name) === name && text(q.in) === location) {
        (out ??= []).push({ message: `Parameter "${name}" (in ${location}) is declared twice in ${where}. Remove one of them.`, path: p.pointer });
        break;
      }
    }
  }
  return out ?? NONE;
}

/** /^\{[^{}]+\}$/ without a regular expression: this runs for every segment of every path. */
function isVariable(segment: string): boolean {
  const last = segment.length - 1;
  if (last < 2 || segment.charCodeAt(0) !== 123 || segment.charCodeAt(last) !== 125) return false;
  for (let i = 1; i < last; i++) {
    const c = segment.charCodeAt(i);
    if (c === 123 || c === 125) return false;
  }
  return true;
}

/**
 * For each path, the first earlier path (sharing a method) that matches the same URLs only because a
 * variable segment in one stands where the other has a fixed one. Paths equal but for variable names are
 * DuplicateOperationPath, and equal but for case PathRedefined, so neither counts here.
 */
function partialDuplicates(paths: Record<string, unknown>): Map<string, string> {
  const methods = ["get", "put", "post", "delete", "patch", "head", "options"];
  const byLength = new Map<number, { path: string; segments: string[]; variables: boolean[]; methods: number }[]>();
  const out = new Map<string, string>();
  for (const path of Object.keys(paths)) {
    if (path.startsWith("x-") || !path.startsWith("/")) continue;
    const item = asObject(paths[path] as never);
    if (!item) continue;
    const segments = path.toLowerCase().split("/");
    // Which segments are variables, once per path rather than once per pair.
    const variables = segments.map(isVariable);
    // The methods as bits, so that "shares a method" is one AND per pair of paths.
    let methodBits = 0;
    for (let bit = 0; bit < methods.length; bit++) if (item[methods[bit] as string] !== undefined) methodBits |= 1 << bit;
    if (methodBits === 0) continue;
    const entry = { path, segments, variables, methods: methodBits };
    const group = byLength.get(segments.length) ?? [];
    for (const other of group) {
      if ((entry.methods & other.methods) === 0) continue;
      let isMixed = false;
      let isCompatible = true;
      for (let i = 0; i < segments.length && isCompatible; i++) {
        const a = segments[i] ?? "";
        const b = other.segments[i] ?? "";
        const va = variables[i] === true;
        const vb = other.variables[i] === true;
        if (va !== vb) isMixed = true;
        else if (!va && a !== b) isCompatible = false;
      }
      if (isCompatible && isMixed) {
        out.set(path, other.path);
        break;
      }
    }
    group.push(entry);
    byLength.set(segments.length, group);
  }
  return out;
}
