import type { AssessmentSet } from '../api/assessments.js';
import type { Method, RollUp } from '../api/types.js';
import { type StatusInfo, statusesOf, statusInfo } from './statuses.js';

export type StatusCount = StatusInfo & { count: number };

/**
 * The API's roll-up of a group (the whole plan, a table, a category), for the
 * region the set was assessed for. Undefined when the answer has none.
 */
export function rollUpOf(
  set: Pick<AssessmentSet, 'rollUps'> | undefined,
  level: 'plan' | 'table' | 'category',
  id = 'plan',
): RollUp | undefined {
  if (!set) return undefined;
  const list =
    level === 'plan'
      ? set.rollUps.plan
      : level === 'table'
        ? set.rollUps.tables
        : set.rollUps.categories;
  return list.find((rollUp) => rollUp.id === id);
}

/**
 * A roll-up's counts per status as they show: every status of the method, best
 * first, with label, colour and icon; a status the method does not list (a
 * newer API) still shows, at the end. Nothing is counted here: the counts are
 * the API's.
 */
export function statusCounts(rollUp: RollUp | undefined, method: Method): StatusCount[] {
  const counts = rollUp?.counts ?? {};
  const known = statusesOf(method).map((info) => ({ ...info, count: counts[info.status] ?? 0 }));
  const extra = Object.entries(counts)
    .filter(([status]) => !known.some((info) => info.status === status))
    .map(([status, count]) => ({ ...statusInfo(method, status), count }));
  return [...known, ...extra];
}
