import type { MilestoneAssessment } from '../api/types.js';

/** Where a deadline stands on the as-of date. */
export type DueState = 'passed' | 'thisYear' | 'upcoming';

/**
 * A milestone's deadline against the as-of date, read from the API's
 * assessment: `passed` once its day is on or before the as-of date (no days
 * left), `thisYear` when it falls later in the as-of year, else `upcoming`.
 */
export function dueState(
  assessment: Pick<MilestoneAssessment, 'deadline' | 'asOf' | 'daysToDeadline'>,
): DueState {
  if (assessment.daysToDeadline <= 0) return 'passed';
  if (assessment.deadline.slice(0, 4) === assessment.asOf.slice(0, 4)) return 'thisYear';
  return 'upcoming';
}
