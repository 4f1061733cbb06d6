// Types for the generated standalone validator that collects every error (see scripts/generate-swagger-validator.ts).
import type { ValidateFunction } from "ajv";

declare const validate: ValidateFunction;
/** The schema constants the errors name, each with the Swagger schema definition it belongs to and its depth there. */
export declare const originRoots: [object, { definition: string; depth: number }][];
export { validate };
export default validate;
