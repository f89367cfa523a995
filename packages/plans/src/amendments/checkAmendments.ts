import type { Plan } from '@plan/indicators';
import { type AmendmentIssue, readAmendments } from './_lib/readAmendments.js';
import type { Amendment } from './amendment.js';

/** Options of `checkAmendments`. */
export type CheckAmendmentsOptions = {
  /** The ids of the plan's project targets; an amendment naming another one is refused. */
  targetIds?: Iterable<string>;
};

/**
 * Every problem with a plan's amendments, each with its path into the plan
 * file (`['amendments', 2, 'value']`): an unknown indicator or target, a value
 * that cannot be read or does not fit the indicator's unit, the benchmark or
 * another region than the plan's subject, a date outside the plan, a
 * duplicate id, and two amendments of the same thing on the same date.
 *
 * @example
 *   checkAmendments(ordosPlan, [{ ...raise, indicatorId: 'no-such-row' }]);
 *   // [{ path: ['amendments', 0, 'indicatorId'], message: 'unknown indicator "no-such-row": …' }]
 */
export function checkAmendments(
  plan: Readonly<Plan>,
  amendments: readonly Amendment[],
  options: CheckAmendmentsOptions = {},
): AmendmentIssue[] {
  const targetIds = options.targetIds ? new Set(options.targetIds) : undefined;
  return readAmendments(plan, amendments, targetIds).issues;
}
