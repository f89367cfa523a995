import type { Indicator } from '@plan/indicators';
import { fmt, round } from '../../_lib/numbers.js';
import type { Outlier } from '../schema/regionComparison.js';
import type { ScalarPoint } from './scalarPoints.js';

/** The fewest other values a trend is fitted to. */
const MIN_OTHERS = 3;
/** 1.4826 × MAD estimates a standard deviation for normally spread residuals. */
const MAD_TO_SD = 1.4826;

export const OUTLIER_RULE = {
  zh: '偏离自身趋势的数值（供核查，不作任何改动）：对某旗区某指标的每个数值，用该旗区该指标其余数值（至少3个）拟合Theil–Sen稳健趋势线，得出该时点的趋势值；偏离超过3倍稳健标准差（1.4826×其余数值残差的中位绝对偏差）且超过趋势值的10%（计数类指标至少超过1）时标记。',
  en: 'Values far off their own trend (flagged for review, nothing changed): for each value of a district and indicator, a Theil–Sen line is fitted to the district’s other values of that indicator (at least 3) and read at the value’s date; the value is flagged when it is off that line by more than 3 robust standard deviations (1.4826 × the median absolute deviation of the other values’ residuals) and by more than 10% of the trend value (for a count, by more than 1).',
};

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Theil–Sen: the median of the pairwise slopes, the median intercept. Null when all points share a time. */
function theilSen(points: readonly ScalarPoint[]): { slope: number; intercept: number } | null {
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i += 1) {
    for (let j = i + 1; j < points.length; j += 1) {
      const a = points[i] as ScalarPoint;
      const b = points[j] as ScalarPoint;
      if (a.t !== b.t) slopes.push((b.value - a.value) / (b.t - a.t));
    }
  }
  if (slopes.length === 0) return null;
  const slope = median(slopes);
  return { slope, intercept: median(points.map((point) => point.value - slope * point.t)) };
}

/**
 * The values of one region and indicator far off the trend of the region's
 * own other values (see `OUTLIER_RULE`). Nothing is changed: each is listed
 * with the trend value, the deviation and the threshold it passed.
 */
export function outliersOf(
  region: string,
  indicator: Pick<Indicator, 'id' | 'unit'>,
  points: readonly ScalarPoint[],
): Outlier[] {
  if (points.length < MIN_OTHERS + 1) return [];
  const found: Outlier[] = [];
  points.forEach((point, index) => {
    const others = points.filter((_, other) => other !== index);
    const line = theilSen(others);
    if (!line) return;
    const residuals = others.map((other) => other.value - (line.intercept + line.slope * other.t));
    const centre = median(residuals);
    const sd = MAD_TO_SD * median(residuals.map((residual) => Math.abs(residual - centre)));
    const expected = line.intercept + line.slope * point.t;
    const deviation = point.value - expected;
    const threshold = Math.max(
      3 * sd,
      0.1 * Math.abs(expected),
      indicator.unit.kind === 'count' ? 1 : 0,
    );
    if (!(Math.abs(deviation) > threshold)) return;
    found.push({
      region,
      indicatorId: indicator.id,
      date: point.iso,
      value: point.value,
      expected: round(expected, 4) ?? 0,
      deviation: round(deviation, 4) ?? 0,
      threshold: round(threshold, 4) ?? 0,
      reason: {
        zh: `${point.iso}的数值${fmt(point.value)}偏离本地区其余数值的趋势值${fmt(round(expected, 4))}达${fmt(round(Math.abs(deviation), 4))}，超过阈值${fmt(round(threshold, 4))}（规则：Theil–Sen趋势，3倍稳健标准差且10%以上）。请核查，数据未作改动。`,
        en: `The ${point.iso} value ${fmt(point.value)} is ${fmt(round(Math.abs(deviation), 4))} off ${fmt(round(expected, 4))}, the trend of this region's other values, beyond the threshold ${fmt(round(threshold, 4))} (rule: Theil–Sen trend, over 3 robust standard deviations and over 10%). Please check it; nothing was changed.`,
      },
    });
  });
  return found;
}
