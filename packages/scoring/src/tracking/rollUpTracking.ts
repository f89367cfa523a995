import type { TrackingRollUp } from './schema.js';
import type { TrackingStatus } from './statuses.js';

/**
 * How many items are in each status, every status listed (zero where none), and the total: the
 * roll-up of a project's or the plan's measures or targets.
 *
 * @example
 *   rollUpTracking(['done', 'overdue', 'overdue']);
 *   // { done: 1, on_track: 0, at_risk: 0, overdue: 2, not_reported: 0, total: 3 }
 */
export function rollUpTracking(statuses: readonly TrackingStatus[]): TrackingRollUp {
  const counts: TrackingRollUp = {
    done: 0,
    on_track: 0,
    at_risk: 0,
    overdue: 0,
    not_reported: 0,
    total: 0,
  };
  for (const status of statuses) {
    counts[status] += 1;
    counts.total += 1;
  }
  return counts;
}
