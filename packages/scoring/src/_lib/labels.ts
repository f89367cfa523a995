import type { SeriesPoint } from '../schema/series.js';
import type { PreparedTarget } from './prepare.js';
import { isoDay, yearEndDay, yearEndIso, yearText } from './time.js';

/** How a point's time reads in an explanation: `2023` or `2023-06-30`. */
export function timeLabel(point: SeriesPoint | PreparedTarget): string {
  return point.year !== undefined && point.year !== null
    ? yearText(point.year)
    : String(point.date);
}

/** The ISO date a point stands for (a year stands at its end). */
export function pointIso(point: SeriesPoint | PreparedTarget): string {
  return point.year !== undefined && point.year !== null
    ? yearEndIso(point.year)
    : String(point.date);
}

/** The day number of a point (a year stands at its end). */
export function pointDay(point: SeriesPoint | PreparedTarget): number {
  return point.year !== undefined && point.year !== null
    ? yearEndDay(point.year)
    : isoDay(String(point.date));
}
