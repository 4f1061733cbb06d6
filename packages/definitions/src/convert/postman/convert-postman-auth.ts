import type { TJsonObject, TJsonValue } from "../../types.ts";

export interface AuthConversion {
  securityDefinitions: TJsonObject;
  notes: string[];
}

/** Auth parameters come as [{key, value}] (v2.1) or as a plain object (v2.0). */
function authParams(auth: TJsonObject, type: string): Record<string, string> {
  const raw = auth[type];
  const out: Record<string, string> = {};
  if (Array.isArray(raw)) {
    for (const entry of raw) {
      if (entry && typeof entry === "object" && !Array.isArray(entry) && typeof entry.key === "string") out[entry.key] = String(entry.value ?? "");
    }
  } else if (raw && typeof raw === "object") {
    for (const [k, v] of Object.entries(raw)) out[k] = String(v ?? "");
  }
  return out;
}

const isPlaceholder = (v: string | undefined) => !v || /\{\{.*\}\}/.test(v);

/** Maps a Postman auth block to one Swagger security definition (custom connectors use one auth type). */
export function convertPostmanAuth(auth: TJsonValue | undefined): AuthConversion {
  const notes: string[] = [];
  if (!auth || typeof auth !== "object" || Array.isArray(auth) || typeof auth.type !== "string" || auth.type === "noauth")
    return { securityDefinitions: {}, notes };
  const type = auth.type;
  const params = authParams(auth, type);
  switch (type) {
    case "apikey": {
      const where = params.in === "query" ? "query" : "header";
      return {
        securityDefinitions: { api_key: { type: "apiKey", in: where, name: isPlaceholder(params.key) ? "api_key" : (params.key ?? "api_key") } },
        notes,
      };
    }
    case "basic":
      return { securityDefinitions: { basic_auth: { type: "basic" } }, notes };
    case "bearer":
      notes.push('Bearer token auth became an API key in the Authorization header: makers enter "Bearer <token>" when they connect, or switch to OAuth 2.0.');
      return { securityDefinitions: { api_key: { type: "apiKey", in: "header", name: "Authorization" } }, notes };
    case "oauth2": {
      const authorizationUrl = isPlaceholder(params.authUrl) ? "https://login.example.com/oauth2/authorize" : params.authUrl;
      const tokenUrl = isPlaceholder(params.accessTokenUrl) ? "https://login.example.com/oauth2/token" : params.accessTokenUrl;
      if (isPlaceholder(params.authUrl) || isPlaceholder(params.accessTokenUrl))
        notes.push("The collection's OAuth 2.0 settings give no authorization or token URL: replace the example URLs in securityDefinitions.oauth2_auth.");
      const scopes: TJsonObject = {};
      for (const scope of (params.scope ?? "").split(/[\s,]+/).filter(Boolean)) scopes[scope] = scope;
      return {
        securityDefinitions: {
          oauth2_auth: { type: "oauth2", flow: "accessCode", authorizationUrl: authorizationUrl ?? "", tokenUrl: tokenUrl ?? "", scopes },
        },
        notes,
      };
    }
    default:
      notes.push(
        `Postman auth type "${type}" has no custom connector equivalent; no security definition was created. Add one by hand (API key, Basic or OAuth 2.0).`,
      );
      return { securityDefinitions: {}, notes };
  }
}
