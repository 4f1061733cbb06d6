import { joinPointer } from "../parse/json-pointer.ts";
import { isLocalRef, resolveJsonPointer } from "../refs/resolve-ref.ts";
import type { Issue, TJsonValue } from "../types.ts";
import { asObject, definitionGraph, type TDefinitionEdge } from "./rule-helpers.ts";
import { NONE, defineRule, type NodeTargets, type Rule, type ValidationContext } from "./rule-types.ts";

type RefTarget = NodeTargets["ref"];
const SECTION_PREFIX = { schema: "#/definitions/", parameter: "#/parameters/", response: "#/responses/", pathItem: "" } as const;
const SECTION_NAME = { schema: "schema", parameter: "parameter", response: "response", pathItem: "path item" } as const;

const newTargetMap = () => new Map<string, TJsonValue | undefined>();

/** The raw target of a local pointer, looked up once per distinct $ref string in a document. */
function lookup(ctx: ValidationContext, ref: string): TJsonValue | undefined {
  const targets = ctx.memo("rawRefTargets", newTargetMap);
  if (!targets.has(ref)) targets.set(ref, resolveJsonPointer(ctx.doc, ref));
  return targets.get(ref);
}

/** Follows a chain of bare $refs; true when it comes back to a reference already visited. */
function chainLoops(ctx: ValidationContext, ref: string): boolean {
  const seen = new Set<string>();
  let current: string | undefined = ref;
  while (current !== undefined && isLocalRef(current)) {
    if (seen.has(current)) return true;
    seen.add(current);
    const target = asObject(lookup(ctx, current));
    current = target && typeof target.$ref === "string" ? target.$ref : undefined;
  }
  return false;
}

function notFound(section: RefTarget["section"]) {
  return ({ ref, pointer, section: s, ctx }: RefTarget): readonly Issue[] =>
    s === section && isLocalRef(ref) && ref !== "#" && lookup(ctx, ref) === undefined
      ? [
          {
            message: `$ref "${ref}" points to nothing. Add the ${SECTION_NAME[section]} under "${ref.slice(2).split("/")[0] ?? ""}" or correct the name.`,
            path: joinPointer(pointer, "$ref"),
          },
        ]
      : NONE;
}

function notValid(section: RefTarget["section"]) {
  return ({ ref, pointer, section: s }: RefTarget): readonly Issue[] => {
    if (s !== section) return NONE;
    if (!ref.startsWith("#"))
      return [
        {
          message: `$ref "${ref}" points outside this file. The platform accepts only local references: copy the ${SECTION_NAME[section]} into this file and refer to it as "${SECTION_PREFIX[section]}Name".`,
          path: joinPointer(pointer, "$ref"),
        },
      ];
    const prefix = SECTION_PREFIX[section];
    // "#parameters/top" is not a JSON pointer (JsonPointerNotValid) and does not start with "#/parameters/" either:
    // the page's message for this code says both.
    if (!ref.startsWith("#/"))
      return prefix && ref !== "#"
        ? [
            {
              message: `$ref "${ref}" must start with "${prefix}" and be a JSON pointer. Write it as "${prefix}${ref.slice(1).replace(new RegExp(`^${prefix.slice(2)}`), "")}".`,
              path: joinPointer(pointer, "$ref"),
            },
          ]
        : NONE;
    return prefix && !ref.startsWith(prefix)
      ? [
          {
            message: `$ref "${ref}" is used as a ${SECTION_NAME[section]} but does not point into "${prefix.slice(2, -1)}". Move the target there and refer to it as "${prefix}Name".`,
            path: joinPointer(pointer, "$ref"),
          },
        ]
      : NONE;
  };
}

/** A definition of #/parameters or #/responses itself: "/parameters/top", not a use of one. */
const SECTION_DEFINITION = /^\/(?:parameters|responses)\/[^/]+$/;

function loops(section: RefTarget["section"]) {
  return ({ ref, pointer, section: s, ctx }: RefTarget): readonly Issue[] => {
    if (s !== section) return NONE;
    if (chainLoops(ctx, ref))
      return [
        {
          message: `$ref "${ref}" leads to a chain of references that loops back on itself. Point it at an actual ${SECTION_NAME[section]} definition.`,
          path: joinPointer(pointer, "$ref"),
        },
      ];
    // "The parameter (response) definition may not use a '$ref' to point to another definition": a definition that is only
    // a $ref. A warning when it does not loop: the refusal of a plain alias is not documented beyond the message.
    return SECTION_DEFINITION.test(pointer)
      ? [
          {
            message: `This ${SECTION_NAME[section]} definition is only a $ref to "${ref}". A definition may not point to another one: copy the target here, or refer to "${ref}" directly where this one is used.`,
            path: joinPointer(pointer, "$ref"),
            severity: "warning",
          },
        ]
      : NONE;
  };
}

/** A rule for the $refs of one section (its check finds nothing elsewhere, so the walk runs it only there). */
const ref = (id: string, severity: "error" | "warning", description: string, section: RefTarget["section"], check: (t: RefTarget) => readonly Issue[]): Rule =>
  defineRule({
    id,
    severity,
    group: id.startsWith("Parameter") ? "Parameters" : id.startsWith("PathItem") ? "NotSupported" : "References",
    origin: "microsoft",
    description,
    node: "ref",
    locations: [section],
    check,
  });

/** Definitions that reach themselves through $refs: one depth-first search over the graph the walk recorded. */
function findSchemaCycles(edges: ReadonlyMap<string, readonly TDefinitionEdge[]>): { name: string; via: string }[] {
  const state = new Map<string, 1 | 2>();
  const out: { name: string; via: string }[] = [];
  const visit = (name: string, stackDepth: number) => {
    state.set(name, 1);
    for (const e of edges.get(name) ?? []) {
      const s = state.get(e.name);
      if (s === 1) out.push({ name: e.name, via: e.at });
      else if (s === undefined && stackDepth < 2000) visit(e.name, stackDepth + 1);
    }
    state.set(name, 2);
  };
  for (const name of edges.keys()) if (!state.has(name)) visit(name, 0);
  return out;
}

export const REFERENCE_RULES: Rule[] = [
  defineRule({
    id: "JsonPointerNotValid",
    severity: "error",
    group: "Response",
    origin: "microsoft",
    description: "A local $ref is not a valid JSON pointer: it does not start with '#/', has a '~' that is not '~0' or '~1', or a '%' that is not an escape.",
    node: "ref",
    check: ({ ref: r, pointer }) => {
      if (!r.startsWith("#") || r === "#") return NONE;
      if (!r.startsWith("#/"))
        return [{ message: `$ref "${r}" is not a valid JSON pointer. Write it as "#/${r.slice(1)}".`, path: joinPointer(pointer, "$ref") }];
      // RFC 6901: "~" only as "~0" (a "~") or "~1" (a "/").
      if (/~(?![01])/.test(r))
        return [
          {
            message: `$ref "${r}" is not a valid JSON pointer: "~" must be written "~0" (and "/" inside a name "~1"). Correct the escape.`,
            path: joinPointer(pointer, "$ref"),
          },
        ];
      // In a URI fragment (RFC 6901, section 6) "%" starts an escape of two hexadecimal digits.
      return /%(?![0-9A-Fa-f]{2})/.test(r)
        ? [
            {
              message: `$ref "${r}" is not a valid JSON pointer: "%" must start an escape of two hexadecimal digits (a space is "%20"). Correct the escape.`,
              path: joinPointer(pointer, "$ref"),
            },
          ]
        : NONE;
    },
  }),
  ref("SchemaReferenceNotFound", "error", "A schema $ref points to a definition that does not exist.", "schema", notFound("schema")),
  ref("ParameterReferenceNotFound", "error", "A parameter $ref points to nothing.", "parameter", notFound("parameter")),
  ref("ResponseReferenceNotFound", "error", "A response $ref points to nothing.", "response", notFound("response")),
  ref("SchemaReferenceNotValid", "error", "A schema $ref is external or does not point into #/definitions.", "schema", notValid("schema")),
  ref("ParameterReferenceNotValid", "error", "A parameter $ref is external or does not point into #/parameters.", "parameter", notValid("parameter")),
  ref("ResponseReferenceNotValid", "error", "A response $ref is external or does not point into #/responses.", "response", notValid("response")),
  ref("ParameterRefLoopNotAllowed", "error", "A parameter $ref chain loops.", "parameter", loops("parameter")),
  ref("ResponseRefLoopNotAllowed", "error", "A response $ref chain loops.", "response", loops("response")),
  ref("PathItemRefNotSuppored", "error", "A path item uses $ref, which the platform does not support.", "pathItem", ({ section, pointer, ref: r }) =>
    section === "pathItem"
      ? [
          {
            message: `This path item is a $ref to "${r}". The platform does not support path item references: write the operations inline.`,
            path: joinPointer(pointer, "$ref"),
          },
        ]
      : NONE,
  ),
  defineRule({
    id: "SchemaRefLoopNotAllowed",
    severity: "warning",
    group: "References",
    origin: "microsoft",
    description:
      "A definition refers to itself through $refs (recursive schema), or is only a $ref to another definition. Tolerated by the platform, but the designer cuts the recursion.",
    node: "documentEnd",
    check: ({ ctx }) =>
      findSchemaCycles(definitionGraph(ctx)).map(({ name, via }) => ({
        message: `Definition "${name}" refers back to itself through this $ref. The designer cannot expand recursive schemas: replace the inner reference with {"type": "object"} or a flattened copy.`,
        path: via,
      })),
  }),
];
