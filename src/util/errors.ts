import { constants } from 'node:os';

/**
 * The project's error hierarchy. Exit codes follow the CLI contract:
 * 0 ok, 1 a gate failed (the thing checked is not acceptable), 2 usage, input or any other error.
 */
export class OrchestratorError extends Error {
  readonly exitCode: number = 2;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad input, a bad spec, a malformed image: the user can fix it. Exit 2. */
export class InputError extends OrchestratorError {}

/** The thing checked is not acceptable (secrets found, server unhealthy). Exit 1. */
export class GateFailure extends OrchestratorError {
  override readonly exitCode: number = 1;
}

/** Stopped by a signal (Ctrl-C, SIGTERM) after cleaning up: exit 128 + the signal's number (130, 143), as shells report it. */
export class Interrupted extends OrchestratorError {
  override readonly exitCode: number;
  constructor(
    message: string,
    readonly signal: NodeJS.Signals,
  ) {
    super(message);
    this.exitCode = 128 + (constants.signals[signal] ?? 0);
  }
}

/** A command run through `exec` exited non-zero or could not start. Exit 2. */
export class ExecError extends OrchestratorError {
  constructor(
    message: string,
    readonly command: string,
    readonly code: number | null,
    readonly stderr: string,
  ) {
    super(message);
  }
}

/** True for errors whose message is written for users (no stack trace needed). */
export function isKnownError(error: unknown): error is OrchestratorError {
  return error instanceof OrchestratorError;
}

export function exitCodeOf(error: unknown): number {
  return isKnownError(error) ? error.exitCode : 2;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
