import type { Locale } from './messages.js';

const intlLocale: Record<Locale, string> = { zh: 'zh-CN', en: 'en-GB' };

/**
 * `value × 10^shift` rounded half away from zero to at most `decimals` decimals, trailing zeros
 * dropped, its integer part grouped by thousands with commas: what `Intl.NumberFormat` writes in
 * zh-CN and en-GB (the same symbols in both) with `maximumFractionDigits`, worked out on the
 * number's shortest decimal form as ICU does (1.005 → "1.01", 0.125 as a percent → "13%"), not
 * on its binary value. Put together here because the first NumberFormat a page makes loads the
 * locale's number data: 25–45 ms of a phone's first data render on this machine, over 100 ms
 * at Lighthouse's 4× slower CPU. Beyond 1e21 (never a plan figure) Intl writes it.
 */
function writeDecimal(value: number, decimals: number, shift: number): string | undefined {
  const magnitude = Math.abs(value);
  if (magnitude * 10 ** shift >= 1e21) return undefined;
  // The shortest round-trip digits and how many come before the point: 1.005 → "1005", 1.
  const [mantissa = '0', exponent = '0'] = String(magnitude).split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  const all = whole + fraction;
  const digits = all.replace(/^0+/, '');
  const point = whole.length - (all.length - digits.length) + Number(exponent) + shift;
  // Round to `decimals` decimals, half up: keep point + decimals digits, look at the next.
  const keep = point + decimals;
  let rounded = keep > 0 ? BigInt(digits.slice(0, keep).padEnd(keep, '0')) : 0n;
  if (keep >= 0 && Number(digits[keep] ?? '0') >= 5) rounded += 1n;
  const text = rounded.toString().padStart(decimals + 1, '0');
  const integer = text.slice(0, text.length - decimals).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const decimalsText = text.slice(text.length - decimals).replace(/0+$/, '');
  // Intl keeps the sign of a negative number that rounds to zero ("-0"), and of -0.
  const negative = value < 0 || Object.is(value, -0);
  return `${negative ? '-' : ''}${integer}${decimalsText ? `.${decimalsText}` : ''}`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, decimals: number, shift: number): Intl.NumberFormat {
  const key = `${locale}|${decimals}|${shift}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale[locale], {
      maximumFractionDigits: decimals,
      minimumFractionDigits: 0,
      ...(shift === 2 ? { style: 'percent' } : {}),
    });
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * A number as the locale writes it, with at most `maxDecimals` decimals
 * (trailing zeros dropped): 12729 → "12,729"; 98.55 → "98.55".
 */
export function formatNumber(value: number | null | undefined, locale: Locale, maxDecimals = 2) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return writeDecimal(value, maxDecimals, 0) ?? numberFormat(locale, maxDecimals, 0).format(value);
}

/** A share (0.634) as a percentage: "63.4%". */
export function formatShare(value: number | null | undefined, locale: Locale, decimals = 0) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const written = writeDecimal(value, decimals, 2);
  return written === undefined ? numberFormat(locale, decimals, 2).format(value) : `${written}%`;
}

/**
 * 完成进度 as shown (issue 16 point 5): capped at 100%, with `exceeded` set above it and the
 * uncapped figure kept for the details ("500%"). A share below 0 (moved away from the target)
 * is shown as it is.
 */
export function formatCompletion(
  value: number | null | undefined,
  locale: Locale,
  decimals = 0,
): { text: string; exceeded: boolean; uncapped: string } {
  const uncapped = formatShare(value, locale, decimals);
  if (value === null || value === undefined || !Number.isFinite(value))
    return { text: uncapped, exceeded: false, uncapped };
  const exceeded = value > 1;
  return { text: exceeded ? formatShare(1, locale, decimals) : uncapped, exceeded, uncapped };
}

/** What a difference is measured in: an indicator's unit, or percentage points. */
export type DifferenceUnit = { zh: string; en: string; kind?: string } | 'points';

const POINTS = { zh: '个百分点', en: 'pp' };

/**
 * A difference with its sign and unit, never a bare number: "+2.3个百分点" / "+2.3 pp" for a
 * percentage or a ratio's share (a difference of percentages is in percentage points), else
 * the indicator's unit ("−12所" / "−12 schools"). The minus is U+2212, as printed.
 */
export function formatDifference(
  value: number | null | undefined,
  unit: DifferenceUnit,
  locale: Locale,
  maxDecimals = 2,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const sign = value > 0 ? '+' : value < 0 ? '\u2212' : '';
  const number = `${sign}${formatNumber(Math.abs(value), locale, maxDecimals)}`;
  const points = unit === 'points' || unit.kind === 'percent' || unit.kind === 'ratio';
  const word = points ? POINTS[locale] : unit[locale];
  // Chinese units follow the figure directly; a Latin one (Mbps/校, pp) after a space.
  return locale === 'zh' && /^[\u3400-\u9fff]/.test(word)
    ? `${number}${word}`
    : `${number} ${word}`;
}

/**
 * A plan cell as printed ("≥1200", "95.0", "35：65"), its figures of four or more digits grouped
 * as `formatNumber` groups them, so a row never shows 1,486 beside 1200; decimals stay as printed.
 */
export function formatPrintedNumbers(text: string, locale: Locale): string {
  return text.replace(/(?<![\d.,])(\d{4,})(?=(\.\d+)?(?![\d,]))/g, (digits) =>
    formatNumber(Number(digits), locale, 0),
  );
}

/** Reads `YYYY-MM-DD` (or a date-time) as a UTC day, so no time zone shifts it. */
function utcDay(iso: string): Date | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!day) return undefined;
  return new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
}

// A date-time formatter is costly to make (a phone spends milliseconds on each): one per locale.
const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();
function dateTimeFormat(locale: Locale): Intl.DateTimeFormat {
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[locale], {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    dateTimeFormats.set(locale, format);
  }
  return format;
}

// en-GB's short month names as ICU writes them ("Sept", not "Sep").
const SHORT_MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec'.split(' ');

/**
 * An ISO date as the locale writes it: "2023年12月31日" / "31 Dec 2023" — what
 * `Intl.DateTimeFormat` (zh-CN long month / en-GB short month, UTC) writes, put together here:
 * the first date formatter a page makes loads the locale's calendar data, ~50 ms of a phone's
 * first render (over 200 ms at Lighthouse's 4× slower CPU), for two fixed patterns.
 */
export function formatDate(iso: string | null | undefined, locale: Locale) {
  if (!iso) return '—';
  const date = utcDay(iso);
  if (!date) return iso;
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  return locale === 'zh'
    ? `${year}年${month + 1}月${day}日`
    : `${day} ${SHORT_MONTHS[month]} ${year}`;
}

/** A date-time (a revision's time) with hours and minutes, in the reader's time zone. */
export function formatDateTime(iso: string | null | undefined, locale: Locale) {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat(locale).format(date);
}

/**
 * When an observation is dated: a yearly value by its year ("2023年" / "2023"),
 * a dated one by its day.
 */
export function formatPeriod(
  observation: { period: 'year' | 'date'; year: number; date: string },
  locale: Locale,
) {
  if (observation.period === 'year')
    return locale === 'zh' ? `${observation.year}年` : String(observation.year);
  return formatDate(observation.date, locale);
}
