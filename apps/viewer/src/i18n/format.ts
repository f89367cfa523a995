import type { Locale } from './messages.js';

const intlLocale: Record<Locale, string> = { zh: 'zh-CN', en: 'en-GB' };

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale[locale], options);
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
  return numberFormat(locale, { maximumFractionDigits: maxDecimals }).format(value);
}

/** A share (0.634) as a percentage: "63.4%". */
export function formatShare(value: number | null | undefined, locale: Locale, decimals = 0) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return numberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: decimals,
    minimumFractionDigits: 0,
  }).format(value);
}

/** Reads `YYYY-MM-DD` (or a date-time) as a UTC day, so no time zone shifts it. */
function utcDay(iso: string): Date | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!day) return undefined;
  return new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
}

/** An ISO date as the locale writes it: "2023年12月31日" / "31 Dec 2023". */
export function formatDate(iso: string | null | undefined, locale: Locale) {
  if (!iso) return '—';
  const date = utcDay(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(intlLocale[locale], {
    year: 'numeric',
    month: locale === 'zh' ? 'long' : 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A date-time (a revision's time) with hours and minutes, in the reader's time zone. */
export function formatDateTime(iso: string | null | undefined, locale: Locale) {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
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
