import Ajv from "ajv";
import addFormats from "ajv-formats";

type TJson = Record<string, unknown>;

// Objects in our responses must hold exactly the declared properties, so undeclared fields fail the contract too.
function closeObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (!node || typeof node !== "object") return node;
  const copy: TJson = {};
  for (const [key, value] of Object.entries(node)) copy[key] = closeObjects(value);
  if (copy["type"] === "object" && copy["properties"] && copy["additionalProperties"] === undefined) copy["additionalProperties"] = false;
  return copy;
}

export type TValidate = (schema: unknown, value: unknown) => string[];

export function createSchemaValidator(swagger: TJson): TValidate {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const definitions = closeObjects(swagger["definitions"]);
  return (schema, value) => {
    const validate = ajv.compile({ ...(closeObjects(schema) as TJson), definitions });
    return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? ""}`);
  };
}
