import { joinPointer } from "../parse/json-pointer.ts";
import type { Issue, TJsonObject, TJsonValue } from "../types.ts";
import { asArray, asObject, text } from "./rule-helpers.ts";
import { NONE, defineRule, type Rule } from "./rule-types.ts";

/** Every security requirement object in the document, with its pointer. */
function requirements(doc: TJsonObject, operations: { op: TJsonObject; pointer: string }[]): { req: TJsonObject; pointer: string }[] {
  const out: { req: TJsonObject; pointer: string }[] = [];
  const collect = (list: TJsonValue | undefined, base: string) =>
    asArray(list).forEach((r, i) => {
      const req = asObject(r);
      if (req) out.push({ req, pointer: joinPointer(base, "security", i) });
    });
  collect(doc.security, "");
  for (const o of operations) collect(o.op.security, o.pointer);
  return out;
}

function checkRequirements(
  doc: TJsonObject,
  operations: { op: TJsonObject; pointer: string }[],
  test: (name: string, scopes: TJsonValue[], def: TJsonObject | undefined, pointer: string) => Issue | undefined,
): Issue[] {
  const defs = asObject(doc.securityDefinitions) ?? {};
  const out: Issue[] = [];
  for (const { req, pointer } of requirements(doc, operations)) {
    for (const name of Object.keys(req)) {
      const issue = test(name, asArray(req[name]), asObject(defs[name]), joinPointer(pointer, name));
      if (issue) out.push(issue);
    }
  }
  return out;
}

export const SECURITY_RULES: Rule[] = [
  defineRule({
    id: "SecurityRequirementMustBeDefined",
    severity: "warning",
    group: "Security",
    origin: "microsoft",
    description: "A security requirement names a scheme that securityDefinitions does not define. Tolerated by the platform (the requirement is ignored).",
    node: "document",
    check: ({ ctx }) =>
      checkRequirements(ctx.doc, ctx.operations, (name, _scopes, def, pointer) =>
        def
          ? undefined
          : { message: `Security requirement "${name}" is not defined. Add "${name}" under "securityDefinitions" or use one of its names.`, path: pointer },
      ),
  }),
  defineRule({
    id: "SecurityRequirementMustHaveEmptyValue",
    severity: "error",
    group: "Security",
    origin: "microsoft",
    description: "A requirement for a non-OAuth scheme lists scopes; only OAuth 2.0 takes scopes.",
    node: "document",
    check: ({ ctx }) =>
      checkRequirements(ctx.doc, ctx.operations, (name, scopes, def, pointer) =>
        def && def.type !== "oauth2" && scopes.length > 0
          ? { message: `"${name}" is of type ${text(def.type)}, which takes no scopes. Write "${name}": [].`, path: pointer }
          : undefined,
      ),
  }),
  defineRule({
    id: "OAuthSecurityRequirementValueMustBeScopeName",
    severity: "warning",
    group: "Security",
    origin: "microsoft",
    description: "An OAuth 2.0 requirement lists a scope that the scheme's 'scopes' does not declare.",
    node: "document",
    check: ({ ctx }) =>
      checkRequirements(ctx.doc, ctx.operations, (name, scopes, def, pointer) => {
        if (!def || def.type !== "oauth2") return undefined;
        const declared = asObject(def.scopes) ?? {};
        const unknown = scopes.filter((s) => typeof s !== "string" || !(s in declared));
        return unknown.length > 0
          ? {
              message: `Scope ${unknown.map((s) => JSON.stringify(s)).join(", ")} is not declared in securityDefinitions "${name}".scopes. Declare it there or remove it here.`,
              path: pointer,
            }
          : undefined;
      }),
  }),
  defineRule({
    id: "SecurityDefinitionsMultipleNotSupported",
    severity: "warning",
    group: "Security",
    origin: "hub",
    description: "More than one security definition; a custom connector authenticates one way unless apiProperties.json declares connectionParameterSets.",
    node: "document",
    check: ({ ctx }) => {
      const defs = asObject(ctx.doc.securityDefinitions);
      const names = defs ? Object.keys(defs) : [];
      return names.length > 1
        ? [
            {
              message: `securityDefinitions holds ${names.length} schemes (${names.join(", ")}). A custom connector uses one authentication type: keep one.`,
              path: "/securityDefinitions",
            },
          ]
        : NONE;
    },
  }),
];
