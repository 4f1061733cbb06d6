// The shapes of the hub's OpenAPI paths, shared by hub-openapi.ts and the areas that add their paths to it.

type Schema = Record<string, unknown>;

export interface HubApiOperation {
  operationId: string;
  summary: string;
  description: string;
  parameters?: Schema[];
  consumes?: string[];
  produces?: string[];
  responses: Record<string, Schema>;
  security?: Record<string, string[]>[];
  "x-ms-visibility"?: "important" | "advanced" | "internal";
}

export interface HubApiPath {
  path: string;
  operations: Partial<Record<"get" | "post" | "put" | "patch" | "delete", HubApiOperation>>;
}
