import type { LegendInput } from './schema/legend.js';

/**
 * The trend arrow between two values under a legend: `up` or `down` only when
 * the change is larger than the legend's `minimumGap`, `flat` otherwise; null
 * when either value is missing.
 *
 * @example
 *   legendTrend({ rules, minimumGap: 0.5 }, 80, 80.3); // 'flat'
 */
export function legendTrend(
  legend: LegendInput,
  previous: number | null,
  latest: number | null,
): 'up' | 'down' | 'flat' | null {
  if (
    previous === null ||
    latest === null ||
    !Number.isFinite(previous) ||
    !Number.isFinite(latest)
  )
    return null;
  const change = latest - previous;
  const gap = legend.minimumGap ?? 0;
  if (change > gap) return 'up';
  if (change < -gap) return 'down';
  return 'flat';
}
