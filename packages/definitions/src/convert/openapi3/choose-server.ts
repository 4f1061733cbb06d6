import { joinPointer } from "../../parse/json-pointer.ts";
import type { TJsonObject } from "../../types.ts";
import { asArray, asObject, type TConvertContext } from "./context.ts";

export interface TChosenServer {
  host?: string;
  basePath?: string;
  schemes?: string[];
}

/** A server URL with its variables replaced by their defaults (reported when a variable has choices). */
function expand(ctx: TConvertContext, server: TJsonObject, pointer: string): string {
  const url = typeof server.url === "string" ? server.url : "";
  const variables = asObject(server.variables) ?? {};
  return url.replace(/\{([^}]+)\}/g, (_whole, name: string) => {
    const variable = asObject(variables[name]);
    const value = variable && typeof variable.default === "string" ? variable.default : undefined;
    const choices = asArray(variable?.enum);
    const at = variable ? joinPointer(pointer, "variables", name) : joinPointer(pointer, "url");
    if (value === undefined) {
      ctx.losses.add(
        "ServerVariables",
        at,
        `The server variable {${name}} has no default; it was left empty. Set host by hand, or use the dynamichosturl policy for per-customer hosts.`,
      );
      return "";
    }
    ctx.losses.add(
      "ServerVariables",
      at,
      `The server variable {${name}} was replaced by its default "${value}"${choices.length > 1 ? ` (other values: ${choices.filter((c) => c !== value).join(", ")})` : ""}. A host that varies per customer needs the dynamichosturl policy in apiProperties.json.`,
    );
    return value;
  });
}

function parse(url: string): TChosenServer | undefined {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return undefined;
  try {
    const parsed = new URL(url);
    const basePath = decodeURI(parsed.pathname).replace(/\/+$/, "");
    return { host: parsed.host, schemes: [parsed.protocol.replace(/:$/, "")], ...(basePath ? { basePath } : {}) };
  } catch {
    return undefined;
  }
}

/** Picks the server that becomes host, basePath and schemes: the first absolute https one, else the first absolute one. */
export function chooseServer(ctx: TConvertContext): TChosenServer {
  const servers = asArray(ctx.source.servers).map((s, i) => ({ server: asObject(s) ?? {}, pointer: joinPointer("", "servers", i) }));
  if (servers.length === 0) {
    ctx.losses.add("NoServerHost", "", "The document has no servers; the definition has no host. Add host (the API's production host name) before importing.");
    return {};
  }
  const expanded = servers.map(({ server, pointer }) => ({ pointer, url: expand(ctx, server, pointer) }));
  const candidates = expanded.map((e) => ({ ...e, parsed: parse(e.url) }));
  const chosen = candidates.find((c) => c.parsed?.schemes?.[0] === "https") ?? candidates.find((c) => c.parsed) ?? candidates[0];
  if (!chosen) return {};
  if (candidates.length > 1) {
    ctx.losses.add(
      "SeveralServers",
      "/servers",
      `The document has ${candidates.length} servers; a connector has one host, so ${chosen.url} was used. Not used: ${candidates
        .filter((c) => c !== chosen)
        .map((c) => c.url)
        .join(", ")}.`,
    );
  }
  if (chosen.parsed) return chosen.parsed;
  ctx.losses.add(
    "NoServerHost",
    joinPointer(chosen.pointer, "url"),
    `The server URL "${chosen.url}" is relative; it became basePath and the definition has no host. Add host (the API's production host name).`,
  );
  const basePath = chosen.url.replace(/\/+$/, "");
  return basePath.startsWith("/") ? { basePath } : {};
}
