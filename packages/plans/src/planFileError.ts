import { formatPlanIssue } from '@plan/indicators';

/** One problem of a plan file: where it is (keys and indexes from the top of the file) and what is wrong. */
export type PlanFileIssue = { path: (string | number)[]; message: string };

/** Thrown by `parsePlan`; `issues` lists every problem of the file, each with its path. */
export class PlanFileError extends Error {
  readonly issues: PlanFileIssue[];
  constructor(issues: PlanFileIssue[]) {
    super(`Invalid plan file:\n${issues.map(formatPlanIssue).join('\n')}`);
    this.name = 'PlanFileError';
    this.issues = issues;
  }
}
