import type { SeriesPoint } from '../schema/series.js';
import type { PreparedTarget } from './prepare.js';
import { isoDay, yearEndDay, yearEndIso, yearText } from './time.js';

/** Years whose texts and day numbers are kept here (plans, their bases and targets fall in them). */
const FIRST_KEPT = 1900;
const KEPT = 256;

/**
 * Year-end ISO dates and day numbers of the kept years, filled as they are asked for: a lookup
 * here is short enough for the JIT to inline into the methods (`yearEndIso` and `yearEndDay`,
 * which cover every year, are not).
 */
const KEPT_ISOS: (string | undefined)[] = /* @__PURE__ */ new Array(KEPT).fill(undefined);
const KEPT_DAYS: (number | undefined)[] = /* @__PURE__ */ new Array(KEPT).fill(undefined);

/** How a point's time reads in an explanation: `2023` or `2023-06-30`. */
export function timeLabel(point: SeriesPoint | PreparedTarget): string {
  return point.year !== undefined && point.year !== null
    ? yearText(point.year)
    : String(point.date);
}

/** The ISO date a point stands for (a year stands at its end). Short, so that the JIT inlines it. */
export function pointIso(point: SeriesPoint | PreparedTarget): string {
  const year = point.year;
  if (year === undefined || year === null) return String(point.date);
  return KEPT_ISOS[year - FIRST_KEPT] ?? keptIso(year);
}

/** The day number of a point (a year stands at its end). Short, as `pointIso`. */
export function pointDay(point: SeriesPoint | PreparedTarget): number {
  const year = point.year;
  if (year === undefined || year === null) return isoDay(String(point.date));
  return KEPT_DAYS[year - FIRST_KEPT] ?? keptDay(year);
}

/** `yearEndIso` of a year, kept if it is one of the kept years. */
function keptIso(year: number): string {
  const iso = yearEndIso(year);
  const index = year - FIRST_KEPT;
  if (index >= 0 && index < KEPT) KEPT_ISOS[index] = iso;
  return iso;
}

/** `yearEndDay` of a year, kept if it is one of the kept years. */
function keptDay(year: number): number {
  const day = yearEndDay(year);
  const index = year - FIRST_KEPT;
  if (index >= 0 && index < KEPT) KEPT_DAYS[index] = day;
  return day;
}

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
