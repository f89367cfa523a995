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

/**
 * Memos of what is read off a plain date (`2023-06-30`), one small table per
 * year: a slot per month and day, filled with the answer the function gives
 * for that text (computed by it once, so the answer is the same in every time
 * zone). Unlike a map of a few thousand strings, they do not thrash when a
 * long daily series holds more dates than that: a series of 16,000 days asked
 * about on every new as-of date re-parsed each of its dates with date-fns.
 * Text of any other shape (date-times, odd lengths, month 13) is memoised in
 * a map as before.
 */
const SLOTS = 12 * 31;
/** Tables of at most this many years are kept (about 6 KB each); then they start afresh. */
const MAX_YEARS = 1000;

/** `YYYY * SLOTS + (MM - 1) * 31 + (DD - 1)` for text of the shape `YYYY-MM-DD` with MM 01–12 and DD 01–31; -1 otherwise. */
function plainDateSlot(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  const y0 = text.charCodeAt(0) - 48;
  const y1 = text.charCodeAt(1) - 48;
  const y2 = text.charCodeAt(2) - 48;
  const y3 = text.charCodeAt(3) - 48;
  const m0 = text.charCodeAt(5) - 48;
  const m1 = text.charCodeAt(6) - 48;
  const d0 = text.charCodeAt(8) - 48;
  const d1 = text.charCodeAt(9) - 48;
  // Each a digit 0–9 (unsigned: a character below '0' wraps to a large number).
  if (
    y0 >>> 0 > 9 ||
    y1 >>> 0 > 9 ||
    y2 >>> 0 > 9 ||
    y3 >>> 0 > 9 ||
    m0 >>> 0 > 9 ||
    m1 >>> 0 > 9 ||
    d0 >>> 0 > 9 ||
    d1 >>> 0 > 9
  )
    return -1;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > 31) return -1;
  return (y0 * 1000 + y1 * 100 + y2 * 10 + y3) * SLOTS + (month - 1) * 31 + (day - 1);
}

/** One memo of a number per plain date, in tables per year; NaN marks a slot not yet asked. */
class PlainDateMemo {
  private years: (Float64Array | undefined)[] = new Array(10000).fill(undefined);
  private count = 0;

  constructor(private readonly compute: (text: string) => number) {}

  /** The memoised answer for the text of `slot` (see `plainDateSlot`); NaN if `compute` gives NaN. */
  get(slot: number, text: string): number {
    const year = (slot / SLOTS) | 0;
    let table = this.years[year];
    if (table === undefined) {
      if (this.count >= MAX_YEARS) {
        this.years = new Array(10000).fill(undefined);
        this.count = 0;
      }
      table = new Float64Array(SLOTS).fill(Number.NaN);
      this.years[year] = table;
      this.count++;
    }
    const index = slot - year * SLOTS;
    let value = table[index] as number;
    if (Number.isNaN(value)) {
      value = this.compute(text);
      table[index] = value;
    }
    return value;
  }
}

const isoDays = new Map<string, number>();

function isoDayUncached(iso: string): number {
  return differenceInCalendarDays(parseISO(iso), EPOCH);
}

const plainDays = new PlainDateMemo(isoDayUncached);

/** The day number of an ISO date; memoised, as plans ask about the same dates again and again. */
export function isoDay(iso: string): number {
  const slot = plainDateSlot(iso);
  if (slot >= 0) {
    const day = plainDays.get(slot, iso);
    // An impossible date (2023-02-30) gives NaN: left to the map below, as before.
    if (!Number.isNaN(day)) return day;
  }
  let day = isoDays.get(iso);
  if (day === undefined) {
    day = isoDayUncached(iso);
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
const plainDecimalYears = new PlainDateMemo(isoDecimalYear);

/** `isoDecimalYear`, memoised: as-of dates, deadlines and the dates of kept series are asked about again and again. */
export function isoDecimalYearCached(iso: string): number {
  const slot = plainDateSlot(iso);
  if (slot >= 0) {
    const t = plainDecimalYears.get(slot, iso);
    if (!Number.isNaN(t)) return t;
  }
  let t = decimalYears.get(iso);
  if (t === undefined) {
    t = isoDecimalYear(iso);
    if (decimalYears.size > 4096) decimalYears.clear();
    decimalYears.set(iso, t);
  }
  return t;
}

const validIso = new Map<string, boolean>();
// 1 for a date `isIsoDate` accepts, 0 for one it refuses.
const plainValid = new PlainDateMemo((text) => (isIsoDate(text) ? 1 : 0));

/** `isIsoDate`, memoised. */
export function isIsoDateCached(text: string): boolean {
  const slot = plainDateSlot(text);
  if (slot >= 0) return plainValid.get(slot, text) === 1;
  let ok = validIso.get(text);
  if (ok === undefined) {
    ok = isIsoDate(text);
    if (validIso.size > 4096) validIso.clear();
    validIso.set(text, ok);
  }
  return ok;
}
