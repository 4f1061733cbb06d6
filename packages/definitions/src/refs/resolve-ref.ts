// The resolver lives in src/document/resolve-ref.ts (one rule for every consumer); kept for existing imports.
export { isLocalRef, resolveJsonPointer, resolveRef } from "../document/resolve-ref.ts";
