import type { TimeProgressStatus } from '../statusLabels.js';
import type { TrackingStatus } from './statuses.js';

/**
 * An indicator's time-progress status in the one tracking vocabulary: achieved → done;
 * ahead / on_track → on_track, or at_risk when its projection to the deadline misses
 * (`onPace: false`); behind / regressing → at_risk before the deadline, overdue after it;
 * no_data → not_reported.
 *
 * @example
 *   trackingStatusOfIndicator('behind', { asOf: '2024-06-30', deadline: '2025-12-31' }); // 'at_risk'
 */
export function trackingStatusOfIndicator(
  status: TimeProgressStatus,
  o: { asOf: string; deadline: string; onPace?: boolean | null },
): TrackingStatus {
  // ISO dates compare as text; a date-time on the deadline day is still on time.
  const past = o.asOf.slice(0, 10) > o.deadline.slice(0, 10);
  switch (status) {
    case 'achieved':
      return 'done';
    case 'ahead':
    case 'on_track':
      if (past) return 'overdue';
      return o.onPace === false ? 'at_risk' : 'on_track';
    case 'behind':
    case 'regressing':
      return past ? 'overdue' : 'at_risk';
    default:
      return 'not_reported';
  }
}
