import { joinPointer } from "../parse/json-pointer.ts";
import { asObject, deref, text } from "./rule-helpers.ts";
import { NONE, defineRule, type Rule } from "./rule-types.ts";

export const RESPONSE_RULES: Rule[] = [
  defineRule({
    id: "ResponseMustBeDefaultOrHttpStatusCode",
    severity: "error",
    group: "Response",
    origin: "microsoft",
    description: "A response key is neither 'default' nor a three-digit HTTP status code.",
    node: "response",
    check: ({ status, pointer, operation }) =>
      !operation || status === "default" || /^[1-5]\d\d$/.test(status)
        ? NONE
        : [{ message: `The response key "${status}" is not an HTTP status code. Use a three-digit code such as "200", or "default".`, path: pointer }],
  }),
  defineRule({
    id: "DefaultResponseHasSchema",
    severity: "warning",
    group: "Response",
    origin: "microsoft",
    description: "The default response carries a schema. Tolerated by the platform (common in published connectors), but outputs come from the 2xx response.",
    // The operation's default response, written there or reached through a $ref to #/responses.
    node: "operation",
    check: ({ op, pointer, ctx }) => {
      const responses = asObject(op.responses);
      const written = asObject(responses?.default);
      if (!responses || !written) return NONE;
      const response = deref(written, ctx);
      if (response?.schema === undefined || !Object.keys(responses).some((k) => /^2\d\d$/.test(k))) return NONE;
      const isRef = typeof written.$ref === "string";
      return [
        {
          message: `The "default" response${isRef ? ` (${text(written.$ref)})` : ""} has a schema while a 2xx response exists. Put the output schema on the 2xx response and describe errors without a schema.`,
          path: joinPointer(pointer, "responses", "default", isRef ? "$ref" : "schema"),
        },
      ];
    },
  }),
  defineRule({
    id: "ResponseHeadersAreNotUnique",
    severity: "warning",
    group: "Response",
    origin: "microsoft",
    description: "A response declares the same header twice, differing only in case.",
    node: "response",
    check: ({ response, pointer }) => {
      const headers = asObject(response.headers);
      if (!headers) return NONE;
      const seen = new Map<string, string>();
      const out = [];
      for (const name of Object.keys(headers)) {
        const first = seen.get(name.toLowerCase());
        if (first !== undefined)
          out.push({
            message: `Header "${name}" repeats "${first}" (header names ignore case). Remove one of them.`,
            path: joinPointer(pointer, "headers", name),
          });
        else seen.set(name.toLowerCase(), name);
      }
      return out;
    },
  }),
];
