import type { TJsonObject, TJsonValue } from "../../types.ts";

export type TNormalizedCollection = TJsonObject & { isV1?: boolean; item?: TJsonValue; auth?: TJsonValue; variable?: TJsonValue; info?: TJsonValue };

function headersFromV1(text: TJsonValue | undefined): TJsonObject[] {
  if (typeof text !== "string") return [];
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.includes(":") && !line.startsWith("//"))
    .map((line) => ({ key: line.slice(0, line.indexOf(":")).trim(), value: line.slice(line.indexOf(":") + 1).trim() }));
}

function responseFromV1(res: TJsonValue): TJsonValue {
  if (!res || typeof res !== "object" || Array.isArray(res)) return {};
  const code = res.responseCode && typeof res.responseCode === "object" && !Array.isArray(res.responseCode) ? (res.responseCode.code ?? 200) : 200;
  return { code, name: res.name ?? "OK", body: res.text ?? "" };
}

/**
 * Turns a v1 collection (flat "requests" with dataMode) into the v2 shape the converter reads; requests keep
 * their order and their index, so findings still point into the maker's v1 file.
 */
export function normalizePostmanV1(collection: TJsonObject): TNormalizedCollection {
  if (!Array.isArray(collection.requests)) return collection;
  const item = collection.requests.map((r): TJsonValue => {
    const req = r && typeof r === "object" && !Array.isArray(r) ? r : {};
    const body: TJsonObject =
      req.dataMode === "raw"
        ? { mode: "raw", raw: typeof req.rawModeData === "string" ? req.rawModeData : "" }
        : req.dataMode === "urlencoded" || req.dataMode === "params"
          ? {
              mode: req.dataMode === "params" ? "formdata" : "urlencoded",
              [req.dataMode === "params" ? "formdata" : "urlencoded"]: Array.isArray(req.data) ? req.data : [],
            }
          : {};
    return {
      name: typeof req.name === "string" ? req.name : "Request",
      request: {
        method: typeof req.method === "string" ? req.method : "GET",
        url: typeof req.url === "string" ? req.url : "",
        header: headersFromV1(req.headers),
        body,
        description: req.description ?? "",
      },
      response: Array.isArray(req.responses) ? req.responses.map(responseFromV1) : [],
    };
  });
  return { info: { name: collection.name ?? "Converted collection", description: collection.description ?? "" }, item, isV1: true, variable: [] };
}
