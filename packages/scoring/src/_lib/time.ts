import {
  differenceInCalendarDays,
  getDayOfYear,
  getDaysInYear,
  getYear,
  isValid,
  parseISO,
} from 'date-fns';

/**
 * Time inside the package is a day number (calendar days since 1970-01-01)
 * for calendar arithmetic, and a decimal year for growth rates. A yearly
 * figure (`{ year: 2023 }`) stands at the end of its year: day number of
 * 2023-12-31, decimal year exactly 2023. A dated figure on 2023-06-30 is at
 * decimal year 2022 + 181/365.
 */
const EPOCH = parseISO('1970-01-01');

const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Whether a string is an ISO date (`2023-12-31`) or date-time date-fns can read. */
function isIsoDate(text: string): boolean {
  return ISO_SHAPE.test(text) && isValid(parseISO(text));
}

/** Day numbers of 31 December for the years 1000–9999, filled as they are asked for. */
const yearEndDays = /* @__PURE__ */ new Float64Array(9000).fill(Number.NaN);

/** The day number of 31 December of a year (1000–9999). */
export function yearEndDay(year: number): number {
  const index = year - 1000;
  let day = yearEndDays[index] as number;
  if (Number.isNaN(day)) {
    day = differenceInCalendarDays(parseISO(`${String(year).padStart(4, '0')}-12-31`), EPOCH);
    yearEndDays[index] = day;
  }
  return day;
}

const isoDays = new Map<string, number>();

/** The day number of an ISO date; memoised, as plans ask about the same few dates. */
export function isoDay(iso: string): number {
  let day = isoDays.get(iso);
  if (day === undefined) {
    day = differenceInCalendarDays(parseISO(iso), EPOCH);
    if (isoDays.size > 4096) isoDays.clear();
    isoDays.set(iso, day);
  }
  return day;
}

/** The decimal year of an ISO date: 31 December of Y is exactly Y. */
export function isoDecimalYear(iso: string): number {
  const date = parseISO(iso);
  return getYear(date) - 1 + getDayOfYear(date) / getDaysInYear(date);
}

/**
 * ISO dates of 31 December and year labels for the years 1000–9999, filled as
 * they are asked for. Filled with `undefined` up front: an empty array written
 * at index 1020 turns into a slow dictionary.
 */
const yearEndIsos: (string | undefined)[] = /* @__PURE__ */ new Array(9000).fill(undefined);
const yearTexts: (string | undefined)[] = /* @__PURE__ */ new Array(9000).fill(undefined);

function yearIndex(year: number): number {
  const index = year - 1000;
  return index >= 0 && index < 9000 && Number.isInteger(index) ? index : -1;
}

/** The ISO date of the end of a year (`2025` → `2025-12-31`). */
export function yearEndIso(year: number): string {
  const index = yearIndex(year);
  let iso = index < 0 ? undefined : yearEndIsos[index];
  if (iso === undefined) {
    iso = `${String(year).padStart(4, '0')}-12-31`;
    if (index >= 0) yearEndIsos[index] = iso;
  }
  return iso;
}

/** A year as text (`2025` → `"2025"`), the same string every time. */
export function yearText(year: number): string {
  const index = yearIndex(year);
  let text = index < 0 ? undefined : yearTexts[index];
  if (text === undefined) {
    text = String(year);
    if (index >= 0) yearTexts[index] = text;
  }
  return text;
}

const decimalYears = new Map<string, number>();

/** `isoDecimalYear`, memoised for the few dates (as-of dates, deadlines) asked about again and again. */
export function isoDecimalYearCached(iso: string): number {
  let t = decimalYears.get(iso);
  if (t === undefined) {
    t = isoDecimalYear(iso);
    if (decimalYears.size > 4096) decimalYears.clear();
    decimalYears.set(iso, t);
  }
  return t;
}

const validIso = new Map<string, boolean>();

/** `isIsoDate`, memoised. */
export function isIsoDateCached(text: string): boolean {
  let ok = validIso.get(text);
  if (ok === undefined) {
    ok = isIsoDate(text);
    if (validIso.size > 4096) validIso.clear();
    validIso.set(text, ok);
  }
  return ok;
}
