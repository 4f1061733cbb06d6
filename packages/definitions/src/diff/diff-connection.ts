import type { TDiffContext } from "./diff-context.ts";
import { diffText } from "./diff-text.ts";
import { arrayAt, isJsonObject, joinPointer, objectAt, stringAt } from "./json-pointer.ts";

const EVERYONE = "every flow and app that uses the connector";

/** Connection-level facts: where requests go and how they authenticate. */
export function diffConnection(ctx: TDiffContext): void {
  const { before, after } = ctx;
  const host = stringAt(before, "host");
  const newHost = stringAt(after, "host");
  if ((host ?? "").toLowerCase() !== (newHost ?? "").toLowerCase()) {
    ctx.report(
      "HostChanged",
      newHost === undefined ? "" : "/host",
      `The host changed from ${host ?? "(none)"} to ${newHost ?? "(none)"}: ${EVERYONE} calls the new host once the connector is updated, and DLP policies that classify by host URL may now block it. Keep the old host answering, and tell administrators to review DLP host patterns.`,
    );
  }
  const schemes = arrayAt(after, "schemes");
  arrayAt(before, "schemes").forEach((scheme, index) => {
    if (schemes.includes(scheme)) return;
    ctx.report(
      "SchemeRemoved",
      joinPointer("/schemes", index),
      `The scheme ${String(scheme)} was removed: ${EVERYONE} over ${String(scheme)} fails. Keep it in schemes.`,
    );
  });
  diffSecurity(ctx);
  diffText(ctx, {
    before: objectAt(before, "info"),
    after: objectAt(after, "info"),
    pointer: "/info",
    fields: ["title", "description"],
    owner: "the connector",
  });
}

// What a connection is made of; the name of the definition is not part of it.
function shapeOf(scheme: unknown): string {
  if (!isJsonObject(scheme)) return "{}";
  const { type, in: location, name, flow, authorizationUrl, tokenUrl } = scheme;
  return JSON.stringify({ type, location, name, flow, authorizationUrl, tokenUrl });
}

function describe(scheme: unknown): string {
  const type = stringAt(scheme, "type") ?? "unknown";
  if (type === "apiKey") return `API key in ${stringAt(scheme, "in") ?? "?"} "${stringAt(scheme, "name") ?? "?"}"`;
  if (type === "oauth2") return `OAuth 2.0 (${stringAt(scheme, "flow") ?? "?"})`;
  return type === "basic" ? "Basic" : type;
}

function diffSecurity(ctx: TDiffContext): void {
  const before = objectAt(ctx.before, "securityDefinitions");
  const after = objectAt(ctx.after, "securityDefinitions");
  const removed = Object.keys(before).filter((name) => !(name in after));
  const added = Object.keys(after).filter((name) => !(name in before));
  for (const name of Object.keys(before)) {
    if (!(name in after)) continue;
    const pointer = joinPointer("/securityDefinitions", name);
    if (shapeOf(before[name]) !== shapeOf(after[name])) {
      ctx.report(
        "SecuritySchemeChanged",
        pointer,
        `The security scheme "${name}" changed from ${describe(before[name])} to ${describe(after[name])}: every connection must be re-created, and ${EVERYONE} fails until its owner does so. Keep the scheme, or publish the change as a new connector.`,
      );
      continue;
    }
    const newScopes = Object.keys(objectAt(after[name], "scopes")).filter((scope) => !(scope in objectAt(before[name], "scopes")));
    if (newScopes.length > 0) {
      ctx.report(
        "SecuritySchemeChanged",
        joinPointer(pointer, "scopes"),
        `The security scheme "${name}" now asks for the scopes ${newScopes.join(", ")}: existing connections were consented without them, so calls that need them fail until each user signs in again. Ask only for scopes existing connections already have, or tell users to re-authenticate.`,
      );
    }
  }
  for (const name of removed) {
    const twin = added.find((candidate) => shapeOf(after[candidate]) === shapeOf(before[name]));
    if (twin !== undefined) {
      added.splice(added.indexOf(twin), 1);
      ctx.report(
        "SecuritySchemeRenamed",
        joinPointer("/securityDefinitions", twin),
        `The security scheme "${name}" is now named "${twin}" with the same settings; existing connections keep working.`,
      );
      continue;
    }
    ctx.report(
      "SecuritySchemeRemoved",
      joinPointer("/securityDefinitions", name),
      `The security scheme "${name}" (${describe(before[name])}) was removed: existing connections that use it stop working, so ${EVERYONE} fails until connections are re-created. Keep the scheme.`,
    );
  }
  for (const name of added) {
    ctx.report(
      "SecuritySchemeAdded",
      joinPointer("/securityDefinitions", name),
      `The security scheme "${name}" (${describe(after[name])}) is new: existing connections were made without it, so ${EVERYONE} needs new connections. Publish authentication changes as a new connector, or tell every user to re-create the connection.`,
    );
  }
}
