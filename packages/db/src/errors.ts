/**
 * A configuration or environment problem the person running the hub can fix. Its message says what to change;
 * the start and test scripts print it on one line and exit with `exitCode`, never with a stack trace.
 */
export class HubConfigError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 78) {
    super(message);
    this.name = "HubConfigError";
    this.exitCode = exitCode;
  }
}
