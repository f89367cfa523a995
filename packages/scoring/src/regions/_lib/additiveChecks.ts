import { round } from '../../_lib/numbers.js';
import type { AdditiveCheck } from '../schema/regionComparison.js';
import type { ScalarPoint } from './scalarPoints.js';

/** How close the sum and the subject's figure must be to match: rounding only. */
const MATCH_TOLERANCE = 1e-6;

/**
 * For an additive indicator: at each date some district reported, the sum of
 * the districts beside the subject region's own figure of the same date. The
 * subject's figure is reported as it is, never replaced: `incomplete` when
 * not every district reported, `no-subject-figure` when the subject has none
 * that day, else `match` or `mismatch`.
 */
export function additiveChecksOf(
  indicatorId: string,
  districts: readonly { region: string; points: readonly ScalarPoint[] }[],
  subject: readonly ScalarPoint[],
): AdditiveCheck[] {
  const byDate = new Map<string, Map<string, number>>();
  for (const { region, points } of districts) {
    for (const point of points) {
      let values = byDate.get(point.iso);
      if (!values) {
        values = new Map();
        byDate.set(point.iso, values);
      }
      values.set(region, point.value);
    }
  }
  const subjectByDate = new Map(subject.map((point) => [point.iso, point.value]));
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, values]) => {
      const derived =
        round(
          [...values.values()].reduce((sum, value) => sum + value, 0),
          6,
        ) ?? 0;
      const reported = subjectByDate.get(date) ?? null;
      const missingRegions = districts
        .map((entry) => entry.region)
        .filter((region) => !values.has(region));
      const status: AdditiveCheck['status'] =
        missingRegions.length > 0
          ? 'incomplete'
          : reported === null
            ? 'no-subject-figure'
            : Math.abs(derived - reported) <= MATCH_TOLERANCE * Math.max(1, Math.abs(reported))
              ? 'match'
              : 'mismatch';
      return {
        indicatorId,
        date,
        derived,
        reported,
        difference: reported === null ? null : round(derived - reported, 6),
        regionsReported: values.size,
        regionsExpected: districts.length,
        missingRegions,
        status,
      };
    });
}
