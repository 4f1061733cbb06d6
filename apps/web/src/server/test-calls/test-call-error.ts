import { AppError } from "@connector-hub/db";

/**
 * The one error of a test call refused before or while calling the API (bad input, a target it must not reach, a
 * token endpoint that says no): an AppError of kind UNPROCESSABLE whose message says what to change.
 */
export class TestCallError extends AppError {
  constructor(message: string) {
    super("UNPROCESSABLE", message);
    this.name = "TestCallError";
  }
}
