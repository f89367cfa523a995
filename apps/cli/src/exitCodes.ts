/**
 * What the `plan` command's exit status means. Scripts branch on these, so
 * they never change meaning; `plan --help` and the README list them.
 */
export const ExitCode = {
  ok: 0,
  /** The input is wrong: an invalid plan file, a bad import row, a conflict with stored data. */
  invalidData: 1,
  /** The command line is wrong: an unknown command or option, a missing argument. */
  usage: 2,
  /** A file or the database could not be read or written. */
  io: 3,
  /** A bug in the tool itself; the message asks for a report. */
  internal: 4,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export type CliErrorKind = 'invalid_data' | 'usage' | 'io';

const CODE_OF: Record<CliErrorKind, ExitCode> = {
  invalid_data: ExitCode.invalidData,
  usage: ExitCode.usage,
  io: ExitCode.io,
};

/** One problem with its place: a path in a plan file, a row and column in an import. */
export type CliIssue = { path: string; message: string };

/**
 * An error the user can act on: its message names what is wrong, and its kind
 * decides the exit status. Anything else that reaches the top is a bug.
 */
export class CliError extends Error {
  readonly kind: CliErrorKind;
  readonly issues: CliIssue[];
  /** Extra fields for the `--json` error object (an import's counts). */
  readonly details: Record<string, unknown> | undefined;
  constructor(
    kind: CliErrorKind,
    message: string,
    issues: CliIssue[] = [],
    details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'CliError';
    this.kind = kind;
    this.issues = issues;
    this.details = details;
  }

  get exitCode(): ExitCode {
    return CODE_OF[this.kind];
  }
}

export const usageError = (message: string) => new CliError('usage', message);
export const dataError = (
  message: string,
  issues: CliIssue[] = [],
  details?: Record<string, unknown>,
) => new CliError('invalid_data', message, issues, details);
export const ioError = (message: string) => new CliError('io', message);
