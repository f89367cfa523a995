import type { z } from 'zod';

/** One problem with an input: where it is (`series.2.value`) and what was expected. */
export type ScoringIssue = { path: (string | number)[]; message: string };

/** Formats a path the way a reader writes it: `series[2].value`. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(input)';
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`))
    .join('');
}

/**
 * Thrown when an input cannot be scored. `issues` lists every problem with its
 * path; the message lists them one a line, e.g.
 * `- series[2].value: expected a finite number`.
 */
export class ScoringInputError extends Error {
  readonly issues: ScoringIssue[];
  constructor(issues: ScoringIssue[], what = 'input') {
    super(
      `Invalid ${what}:\n${issues.map((issue) => `- ${formatPath(issue.path)}: ${issue.message}`).join('\n')}`,
    );
    this.name = 'ScoringInputError';
    this.issues = issues;
  }

  /** The issues of a zod error, paths kept. */
  static fromZod(
    error: z.ZodError,
    what = 'input',
    prefix: (string | number)[] = [],
  ): ScoringInputError {
    return ScoringInputError.fromIssues(error.issues, what, prefix);
  }

  /** Issues as zod reports them (`{ path, message }`), paths kept. */
  static fromIssues(
    issues: readonly { path: readonly PropertyKey[]; message: string }[],
    what = 'input',
    prefix: (string | number)[] = [],
  ): ScoringInputError {
    return new ScoringInputError(
      issues.map((issue) => ({
        path: [
          ...prefix,
          ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
        ],
        message: issue.message,
      })),
      what,
    );
  }
}
