import type { Method } from '@plan/scoring';
import type { AssessmentItem } from '../api/assessments.js';
import { type StatusInfo, statusesOf } from './statuses.js';

export type StatusCount = StatusInfo & { count: number };

/** How many items have each status of the method, best first; statuses with none count 0. */
export function countByStatus(items: readonly AssessmentItem[], method: Method): StatusCount[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.status, (counts.get(item.status) ?? 0) + 1);
  const known = statusesOf(method).map((info) => ({
    ...info,
    count: counts.get(info.status) ?? 0,
  }));
  // A status the method does not list (a newer API) still shows, at the end.
  const extra = [...counts.entries()]
    .filter(([status]) => !known.some((info) => info.status === status))
    .map(([status, count]) => ({
      status,
      count,
      label: { zh: status, en: status },
      colour: '#8c959f',
      rank: null,
      icon: 'unknown' as const,
    }));
  return [...known, ...extra];
}

/** The mean of the values that exist; null when none does. Missing data never counts as zero. */
export function meanOf(values: readonly (number | null)[]): number | null {
  const present = values.filter(
    (value): value is number => value !== null && Number.isFinite(value),
  );
  if (present.length === 0) return null;
  return present.reduce((sum, value) => sum + value, 0) / present.length;
}

/**
 * The share of the plan period elapsed at `asOf`: 0 at the end of the base
 * year, 1 at the end of the target year, clamped to 0–1. Used where no
 * assessment gives it.
 */
export function periodElapsed(asOf: string, baselineYear: number, targetYear: number): number {
  const start = Date.UTC(baselineYear, 11, 31);
  const end = Date.UTC(targetYear, 11, 31);
  const at = Date.parse(`${asOf}T00:00:00Z`);
  if (Number.isNaN(at) || end <= start) return 0;
  return Math.max(0, Math.min(1, (at - start) / (end - start)));
}
