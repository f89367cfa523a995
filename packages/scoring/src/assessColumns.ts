import { slotCount } from './_lib/slots.js';
import { meets } from './_lib/target.js';
import { yearEndDay } from './_lib/time.js';
import { OS, openSdgKernel } from './openSdg.js';
import type { Method, ScoringDirection } from './schema/assessInput.js';
import { ScoringInputError } from './scoringInputError.js';
import { SD, SD_TREND_UNAVAILABLE, sdsnKernel } from './sdsn.js';
import {
  openSdgStatuses,
  sdsnStatuses,
  timeProgressStatuses,
  unsd2023Statuses,
  weatherStatuses,
} from './statusLabels.js';
import { TP, TP_NO_DATA, timeProgressKernel } from './timeProgress.js';
import { UN, UN_NOT_ASSESSED, unsd2023Kernel } from './unsd2023.js';
import { WE, weatherKernel } from './weather.js';

/**
 * Many series in columns: the points of series `i` are
 * `years/values[offsets[i] .. offsets[i + 1])`, in time order, the first one
 * the base. Years are whole years. A NaN target value means no target.
 */
export type SeriesColumns = {
  offsets: Int32Array | Uint32Array;
  years: Float64Array;
  values: Float64Array;
  targetYears: Float64Array;
  targetValues: Float64Array;
};

/** Per series: the index of its status in `columnStatuses[method]`, and the method's score (NaN where none). */
export type ColumnResults = { status: Uint8Array; score: Float64Array };

/** The status names the codes of `assessColumns` index, per method. */
export const columnStatuses = {
  'time-progress': timeProgressStatuses,
  'open-sdg': openSdgStatuses,
  'unsd-2023': [
    unsd2023Statuses[3],
    'Stagnation or regression',
    'Fair progress, but acceleration needed',
    unsd2023Statuses[0],
  ],
  weather: weatherStatuses,
  sdsn: sdsnStatuses,
} as const satisfies Record<Method, readonly string[]>;

/**
 * Refuses what `assess` refuses of the same series (in time order): a year that
 * is not a whole four-digit year, a value that is not finite, duplicate years,
 * a target that is not finite (NaN means no target) or does not come after the
 * base, a tolerance outside 0–1, a limit that is not finite.
 */
function check(
  columns: SeriesColumns,
  options: { limit?: number; onTrackTolerance?: number },
): number {
  const { offsets, years, values, targetYears, targetValues } = columns;
  const count = offsets.length - 1;
  const issues: { path: string[]; message: string }[] = [];
  if (count < 0) issues.push({ path: ['offsets'], message: 'needs at least one entry (0)' });
  if (years.length !== values.length)
    issues.push({ path: ['values'], message: 'must be as long as years' });
  if (targetYears.length !== count || targetValues.length !== count) {
    issues.push({
      path: ['targetYears'],
      message: 'needs one target year and value per series (NaN value: no target)',
    });
  }
  if (count >= 0 && offsets[count] !== years.length) {
    issues.push({ path: ['offsets'], message: 'the last offset must equal the number of points' });
  }
  const { limit, onTrackTolerance } = options;
  if (limit !== undefined && !Number.isFinite(limit))
    issues.push({ path: ['limit'], message: 'expected a finite number' });
  if (onTrackTolerance !== undefined && !(onTrackTolerance >= 0 && onTrackTolerance <= 1))
    issues.push({ path: ['onTrackTolerance'], message: 'expected a number from 0 to 1' });
  for (let i = 0; i < count && issues.length === 0; i++) {
    const from = offsets[i] as number;
    const to = offsets[i + 1] as number;
    if (to <= from) {
      issues.push({
        path: ['offsets'],
        message: `series ${i} has no points (offsets must increase)`,
      });
      break;
    }
    for (let j = from; j < to; j++) {
      const year = years[j] as number;
      if (!Number.isInteger(year) || year < 1000 || year > 9999) {
        issues.push({ path: ['years'], message: `years[${j}] is not a whole four-digit year` });
      } else if (j > from && year <= (years[j - 1] as number)) {
        issues.push({
          path: ['years'],
          message: `series ${i}: years must increase (duplicate years are an error)`,
        });
      }
      if (!Number.isFinite(values[j] as number))
        issues.push({ path: ['values'], message: `values[${j}] is not finite` });
      if (issues.length > 0) break;
    }
    const targetValue = targetValues[i] as number;
    if (issues.length > 0 || Number.isNaN(targetValue)) continue;
    const targetYear = targetYears[i] as number;
    if (!Number.isFinite(targetValue)) {
      issues.push({ path: ['targetValues'], message: `targetValues[${i}] is not finite` });
    } else if (!Number.isInteger(targetYear) || targetYear < 1000 || targetYear > 9999) {
      issues.push({
        path: ['targetYears'],
        message: `targetYears[${i}] is not a whole four-digit year`,
      });
    } else if (targetYear <= (years[from] as number)) {
      issues.push({
        path: ['targetYears'],
        message: `targetYears[${i}]: the target must come after the base (series ${i}'s first year)`,
      });
    }
  }
  if (issues.length > 0) throw new ScoringInputError(issues, 'columns');
  return count;
}

/**
 * Scores many series at once with the same kernels as `assess`, writing a
 * status code and a score per series into typed arrays: for dashboards over
 * every region and indicator, and for the benchmark. The target comparator is
 * `eq` (met once reached); sdsn uses its plan defaults (base to target).
 *
 * @throws ScoringInputError when the columns do not fit together
 * @example
 *   const { status } = assessColumns('open-sdg', 'increase', {
 *     offsets: Int32Array.of(0, 2),
 *     years: Float64Array.of(2020, 2023),
 *     values: Float64Array.of(50, 55),
 *     targetYears: Float64Array.of(2025),
 *     targetValues: Float64Array.of(60),
 *   });
 *   columnStatuses['open-sdg'][status[0]]; // 'moderate_progress'
 */
export function assessColumns(
  method: Method,
  direction: ScoringDirection,
  columns: SeriesColumns,
  options: { limit?: number; onTrackTolerance?: number } = {},
): ColumnResults {
  const count = check(columns, options);
  const { offsets, years, values, targetYears, targetValues } = columns;
  const d = direction === 'increase' ? 1 : -1;
  const status = new Uint8Array(count);
  const score = new Float64Array(count);
  const out = new Float64Array(
    Math.max(slotCount(TP), slotCount(OS), slotCount(UN), slotCount(WE), slotCount(SD)),
  );
  const limit = options.limit ?? Number.NaN;
  const tolerance = options.onTrackTolerance ?? 0.05;
  for (let i = 0; i < count; i++) {
    const from = offsets[i] as number;
    let last = (offsets[i + 1] as number) - 1;
    const y0 = values[from] as number;
    const t0 = years[from] as number;
    const yT = targetValues[i] as number;
    const tT = targetYears[i] as number;
    const hasTarget = !Number.isNaN(yT);
    let yi = values[last] as number;
    let ti = years[last] as number;
    let achieved = hasTarget && meets(yi, 0, yT, yT, 0, d);
    switch (method) {
      case 'time-progress': {
        if (!hasTarget) {
          status[i] = TP_NO_DATA;
          score[i] = Number.NaN;
          break;
        }
        status[i] = timeProgressKernel(
          y0,
          yearEndDay(t0),
          yi,
          yearEndDay(ti),
          ti,
          yT,
          yearEndDay(tT),
          tT,
          d,
          achieved,
          last === from,
          tolerance,
          out,
        );
        score[i] = out[TP.completion] as number;
        break;
      }
      case 'open-sdg':
        status[i] = openSdgKernel(y0, t0, yi, ti, yT, tT, d, limit, achieved, out);
        score[i] = out[OS.score] as number;
        break;
      case 'unsd-2023': {
        if (hasTarget) {
          while (last > from && (years[last] as number) > tT) last--;
          yi = values[last] as number;
          ti = years[last] as number;
          achieved = meets(yi, 0, yT, yT, 0, d);
        }
        const code = unsd2023Kernel(y0, t0, yi, ti, yT, tT, d, achieved, false, out);
        status[i] = code;
        score[i] = code === UN_NOT_ASSESSED ? Number.NaN : code;
        break;
      }
      case 'weather':
        status[i] = weatherKernel(years, values, from, last - from + 1, yT, tT, d, achieved, out);
        score[i] = Number.NaN;
        break;
      default: {
        if (!hasTarget || !(d * (yT - y0) > 0)) {
          status[i] = SD_TREND_UNAVAILABLE;
          score[i] = Number.NaN;
          break;
        }
        status[i] = sdsnKernel(y0, t0, yi, ti, tT, d, y0, yT, yT, y0, out);
        const raw = out[SD.latestRaw] as number;
        score[i] = raw < 0 ? 0 : Math.min(raw, 100);
      }
    }
  }
  return { status, score };
}
