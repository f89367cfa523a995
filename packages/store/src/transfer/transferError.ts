/**
 * Why a transfer stopped, for the caller to choose its answer (the CLI's exit status):
 * `file` — the transfer file is not one (format, version, truncated, a hash or count that does
 * not match); `target` — the target database refuses it (not empty, another migration, other
 * tables); `verification` — what was written does not read back equal; `unsupported` — the
 * source holds what the transfer cannot carry unchanged. Nothing was changed in the target.
 */
export type TransferProblem = 'file' | 'target' | 'verification' | 'unsupported';

export class TransferError extends Error {
  readonly problem: TransferProblem;
  constructor(problem: TransferProblem, message: string) {
    super(message);
    this.name = 'TransferError';
    this.problem = problem;
  }
}
