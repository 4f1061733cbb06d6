import { PLACEHOLDER } from "./platform-limits.ts";
import { joinPointer } from "../parse/json-pointer.ts";
import type { Issue, TJsonValue } from "../types.ts";
import { asArray, asObject, asString, text } from "./rule-helpers.ts";
import { NONE, defineRule, type Rule, type ValidationContext } from "./rule-types.ts";

const MIME_PATTERN = /^[\w.+*-]+\/[\w.+*-]+(\s*;\s*[\w.+-]+=("[^"]*"|[\w.+-]+))*$/;

function isUrl(value: string): boolean {
  try {
    const url = new URL(value);
    // A host without a dot ("https://https://example.com" parses with host "https") is a typo, not a site.
    return (url.protocol === "http:" || url.protocol === "https:") && (url.hostname.includes(".") || url.hostname === "localhost");
  } catch {
    return false;
  }
}

export const STRUCTURE_RULES: Rule[] = [
  defineRule({
    id: "SpecificationVersionIncorrect",
    severity: "error",
    group: "Properties",
    origin: "microsoft",
    description: 'The document is not Swagger 2.0 ("swagger": "2.0"); OpenAPI 3 is not accepted by the platform.',
    node: "document",
    check: ({ ctx }) => {
      if (ctx.doc.swagger === "2.0") return NONE;
      if (ctx.doc.openapi !== undefined)
        return [
          {
            message: `This is an OpenAPI ${text(ctx.doc.openapi)} document; custom connectors accept only Swagger 2.0. Convert it to 2.0 (for example with the API Management export or swagger2openapi's reverse tools).`,
            path: "/openapi",
          },
        ];
      return [
        {
          message: `"swagger" must be "2.0" (found ${JSON.stringify(ctx.doc.swagger ?? null)}). Set "swagger": "2.0" at the top of the file.`,
          path: ctx.doc.swagger === undefined ? "" : "/swagger",
        },
      ];
    },
  }),
  defineRule({
    id: "HostNameNotValid",
    severity: "error",
    group: "Properties",
    origin: "microsoft",
    description: "host holds a scheme, a path or characters that are not part of a host name.",
    node: "document",
    check: ({ ctx }) => {
      const host = ctx.doc.host;
      if (host === undefined) return NONE;
      if (typeof host === "string" && PLACEHOLDER.test(host))
        return [
          {
            message: `host is the placeholder ${JSON.stringify(host)}. Replace it with the API's host name (such as "api.contoso.com"), or use a policy (dynamichosturl) if each connection calls its own host.`,
            path: "/host",
            severity: "warning",
          },
        ];
      if (typeof host !== "string" || !/^[A-Za-z0-9.\-_[\]:]+(:\d+)?$/.test(host) || host === "")
        return [
          {
            message: `host is ${JSON.stringify(host)}; it must be only the host name and optional port, such as "api.contoso.com". Move any scheme to "schemes" and any path to "basePath".`,
            path: "/host",
          },
        ];
      return NONE;
    },
  }),
  defineRule({
    id: "BasePathNotValid",
    severity: "error",
    group: "Properties",
    origin: "microsoft",
    description: "basePath does not start with '/' or contains spaces, a query or a fragment.",
    node: "document",
    check: ({ ctx }) => {
      const basePath = ctx.doc.basePath;
      if (basePath === undefined) return NONE;
      if (typeof basePath === "string" && PLACEHOLDER.test(basePath))
        return [
          {
            message: `basePath is the placeholder ${JSON.stringify(basePath)}. Replace it with the API's base path, such as "/v1".`,
            path: "/basePath",
            severity: "warning",
          },
        ];
      return typeof basePath === "string" && basePath.startsWith("/") && !/[\s?#]/.test(basePath)
        ? NONE
        : [
            {
              message: `basePath is ${JSON.stringify(basePath)}; it must start with '/' and hold no spaces, query or fragment, such as "/v1".`,
              path: "/basePath",
            },
          ];
    },
  }),
  defineRule({
    id: "SchemesArrayEmpty",
    severity: "error",
    group: "Arrays",
    origin: "microsoft",
    description: "'schemes' (of the document or of an operation) is an empty array.",
    node: "document",
    check: ({ ctx }) =>
      schemeLists(ctx).flatMap(({ list, pointer }) =>
        list.length === 0 ? [{ message: `"schemes" is empty. List "https" (and "http" only if the API needs it), or remove it.`, path: pointer }] : NONE,
      ),
  }),
  defineRule({
    id: "SchemeNotSupported",
    severity: "error",
    group: "Response",
    origin: "microsoft",
    description: "A WebSocket scheme (ws, wss), in the document's or an operation's 'schemes': custom connectors speak http and https only.",
    node: "document",
    check: ({ ctx }) =>
      schemeLists(ctx).flatMap(({ list, pointer }) =>
        list.flatMap((s, i) =>
          s === "ws" || s === "wss"
            ? [{ message: `Scheme ${JSON.stringify(s)} (WebSocket) is not supported by custom connectors. Use "https".`, path: joinPointer(pointer, i) }]
            : NONE,
        ),
      ),
  }),
  defineRule({
    id: "SchemeNotValid",
    severity: "error",
    group: "Properties",
    origin: "microsoft",
    description: "A scheme, in the document's or an operation's 'schemes', that is not a transfer protocol Swagger 2.0 lists (http, https, ws, wss).",
    node: "document",
    check: ({ ctx }) =>
      schemeLists(ctx).flatMap(({ list, pointer }) =>
        list.flatMap((s, i) =>
          s === "http" || s === "https" || s === "ws" || s === "wss"
            ? NONE
            : [
                {
                  message: `Scheme ${JSON.stringify(s)} is not a transfer protocol "schemes" may list (http, https). Use "https".`,
                  path: joinPointer(pointer, i),
                },
              ],
        ),
      ),
  }),
  defineRule({
    id: "MimeTypeNotValid",
    severity: "warning",
    group: "Properties",
    origin: "microsoft",
    description: "A consumes/produces entry is not a media type (type/subtype).",
    node: "document",
    check: ({ ctx }) => {
      const out: Issue[] = [];
      const test = (list: unknown, base: string) =>
        asArray(list as never).forEach((m, i) => {
          if (typeof m !== "string" || !MIME_PATTERN.test(m.trim()))
            out.push({
              message: `${JSON.stringify(m)} is not a media type. Write it as type/subtype, such as "application/json".`,
              path: joinPointer(base, i),
            });
        });
      test(ctx.doc.consumes, "/consumes");
      test(ctx.doc.produces, "/produces");
      for (const o of ctx.operations) {
        test(o.op.consumes, joinPointer(o.pointer, "consumes"));
        test(o.op.produces, joinPointer(o.pointer, "produces"));
      }
      return out;
    },
  }),
  defineRule({
    id: "TagRedefined",
    severity: "warning",
    group: "Properties",
    origin: "microsoft",
    description: "The top-level 'tags' list defines the same tag twice.",
    node: "document",
    check: ({ ctx }) => {
      const seen = new Set<string>();
      const out: Issue[] = [];
      asArray(ctx.doc.tags).forEach((t, i) => {
        const name = asString(asObject(t)?.name);
        if (name === undefined) return;
        if (seen.has(name)) out.push({ message: `Tag "${name}" is defined twice. Remove one definition.`, path: joinPointer("/tags", i) });
        seen.add(name);
      });
      return out;
    },
  }),
  defineRule({
    id: "ContactEmailNotValid",
    severity: "warning",
    group: "Properties",
    origin: "microsoft",
    description: "info.contact.email is not an email address.",
    node: "document",
    check: ({ ctx }) => {
      const email = asObject(asObject(ctx.doc.info)?.contact)?.email;
      // "The email address provided is an incorrect format or contains non-ASCII characters."
      return email === undefined || (typeof email === "string" && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && /^[\x21-\x7e]+$/.test(email))
        ? NONE
        : [
            {
              message: `Contact email ${JSON.stringify(email)} is not an email address${typeof email === "string" && /[^\x00-\x7f]/.test(email) ? " (it has characters outside ASCII)" : ""}. Write it as name@example.com, in ASCII.`,
              path: "/info/contact/email",
            },
          ];
    },
  }),
  defineRule({
    id: "UrlNotValid",
    severity: "warning",
    group: "Properties",
    origin: "microsoft",
    description:
      "A URL in info (contact, license, terms of service), externalDocs (the document's or an operation's), an oauth2 security definition (authorizationUrl, tokenUrl) or x-ms-connector-metadata (Website, Privacy policy) is not an absolute http(s) URL.",
    node: "document",
    check: ({ ctx }) => {
      const info = asObject(ctx.doc.info);
      const sites: [unknown, string][] = [
        [asObject(info?.contact)?.url, "/info/contact/url"],
        [asObject(info?.license)?.url, "/info/license/url"],
        [info?.termsOfService, "/info/termsOfService"],
        [asObject(ctx.doc.externalDocs)?.url, "/externalDocs/url"],
      ];
      for (const o of ctx.operations) {
        const docs = asObject(o.op.externalDocs);
        if (docs) sites.push([docs.url, joinPointer(o.pointer, "externalDocs", "url")]);
      }
      // The sign-in and token addresses of an oauth2 scheme.
      const schemes = asObject(ctx.doc.securityDefinitions);
      for (const name of Object.keys(schemes ?? {})) {
        const scheme = asObject(schemes?.[name]);
        if (scheme?.type !== "oauth2") continue;
        for (const key of ["authorizationUrl", "tokenUrl"]) {
          const value = scheme[key];
          sites.push([value, joinPointer("/securityDefinitions", name, key)]);
        }
      }
      // The connector's Website and Privacy policy (x-ms-connector-metadata) are links on its page too.
      asArray(ctx.doc["x-ms-connector-metadata"]).forEach((entry, i) => {
        const e = asObject(entry);
        const name = asString(e?.propertyName)?.toLowerCase();
        if (name === "website" || name === "privacy policy") sites.push([e?.propertyValue, joinPointer("/x-ms-connector-metadata", i, "propertyValue")]);
      });
      return (
        sites
          // A {placeholder} (a tenant, a region) is filled in before the address is used.
          .filter(([v]) => v !== undefined && v !== "" && !(typeof v === "string" && isUrl(v.trim().replace(/\{[^{}]*\}/g, "x"))))
          .map(([v, path]) => ({ message: `${JSON.stringify(v)} is not an absolute URL. Write it as https://...`, path }))
      );
    },
  }),
];

/** The document's "schemes" and each operation's own, where they are arrays. */
function schemeLists(ctx: ValidationContext): { list: TJsonValue[]; pointer: string }[] {
  const out: { list: TJsonValue[]; pointer: string }[] = [];
  if (Array.isArray(ctx.doc.schemes)) out.push({ list: ctx.doc.schemes, pointer: "/schemes" });
  for (const o of ctx.operations) if (Array.isArray(o.op.schemes)) out.push({ list: o.op.schemes, pointer: joinPointer(o.pointer, "schemes") });
  return out;
}
