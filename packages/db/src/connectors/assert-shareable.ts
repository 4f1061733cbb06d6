import type { Finding } from "@connector-hub/definitions";
import { AppError } from "../app-error.ts";
import type { SharingScope } from "../generated/prisma/enums.ts";

/** A private draft may keep errors; anything others can use may not (the platform would refuse it anyway). */
export function assertShareable(scope: SharingScope, findings: Finding[]): void {
  if (scope === "PRIVATE") return;
  const errors = findings.filter((f) => f.severity === "error");
  if (errors.length === 0) return;
  const first = errors[0]!;
  throw new AppError(
    "UNPROCESSABLE",
    `${errors.length} error${errors.length === 1 ? "" : "s"} remain, and a connector shared beyond its owner must have none. ` +
      `Fix them (first: ${first.code} at line ${first.line}: ${first.message}) or save it as a private draft.`,
    { findings },
  );
}
