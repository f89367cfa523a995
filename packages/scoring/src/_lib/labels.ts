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

/** Years whose pieces `timePieces` keeps (plans, their bases and targets fall in them). */
const FIRST_KEPT = 1900;
const KEPT = 256;

/** Text to put before and after a time, with the joined pieces of the years kept so far. */
export interface TimePieces {
  readonly before: string;
  readonly after: string;
  readonly byYear: (string | undefined)[];
}

/**
 * Pieces of explanation text around a point's time: `timePiece(timePieces('（', '），快于预期'), point)`
 * gives `（2023），快于预期` for the year 2023. Each year's piece is built once and kept, so that
 * an explanation joins a few long pieces rather than many short ones: joining strings is most
 * of what an explanation costs.
 */
export function timePieces(before: string, after: string): TimePieces {
  return { before, after, byYear: new Array(KEPT).fill(undefined) };
}

/** The piece of `pieces` for a point's time. Short, so that the JIT inlines it. */
export function timePiece(pieces: TimePieces, point: SeriesPoint | PreparedTarget): string {
  const year = point.year;
  if (year !== undefined && year !== null) {
    const text = pieces.byYear[year - FIRST_KEPT];
    if (text !== undefined) return text;
  }
  return newTimePiece(pieces, point);
}

/** The piece of a year not kept yet (kept if the year is one of those kept), or of a dated point. */
function newTimePiece(pieces: TimePieces, point: SeriesPoint | PreparedTarget): string {
  const text = `${pieces.before}${timeLabel(point)}${pieces.after}`;
  const year = point.year;
  if (year !== undefined && year !== null) {
    const index = year - FIRST_KEPT;
    if (index >= 0 && index < KEPT) pieces.byYear[index] = text;
  }
  return text;
}
