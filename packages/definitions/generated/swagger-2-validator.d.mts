// Types for the generated standalone validator (see scripts/generate-swagger-validator.ts).
import type { ValidateFunction } from "ajv";

declare const validate: ValidateFunction;
export { validate };
export default validate;
