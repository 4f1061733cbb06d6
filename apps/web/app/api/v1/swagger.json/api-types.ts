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

/** A reference to one of the definitions (HUB_API_DEFINITIONS). */
export const ref = (name: string) => ({ $ref: `#/definitions/${name}` });
/** An error answer: the Error definition, with what the status means here. */
export const errorResponse = (description: string) => ({ description, schema: ref("Error") });
/** A success answer of a definition. */
export const answer = (description: string, definition: string): Schema => ({ description, schema: ref(definition) });
/** The JSON body of an operation: a definition of the request bodies, or a plain object where none is described yet. */
export const bodyParam = (description: string, definition?: string, required = true) => ({
  name: "body",
  in: "body",
  required,
  schema: definition ? ref(definition) : { type: "object", description },
  "x-ms-summary": "Body",
  description,
});
/** The {slug} of a connector's paths. */
export const slugParam = {
  name: "slug",
  in: "path",
  required: true,
  type: "string",
  description: "The connector's address in the catalog, like contoso-invoices.",
  "x-ms-summary": "Connector slug",
};
/** The `file` form field of the operations that read a definition upload (as the import wizard does). */
export const fileUploadParam = {
  name: "file",
  in: "formData",
  required: true,
  type: "file",
  "x-ms-summary": "File",
  description:
    "OpenAPI 2.0, 3.0 or 3.1 as JSON or YAML (3.x is converted to 2.0, with a loss report), a Postman collection, or a zipped paconn folder (5 MB at most).",
};
/** The answer to an upload above the limit. */
export const uploadTooLarge = errorResponse("Upload above 5 MB");
/** An operation: its id, summary and description first, then what else it has. */
export const op = (
  operationId: string,
  summary: string,
  description: string,
  rest: Partial<HubApiOperation> & Pick<HubApiOperation, "responses">,
): HubApiOperation => ({ operationId, summary, description, ...rest });
