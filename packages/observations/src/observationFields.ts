/**
 * The rules for single observation fields, shared by the JSON schema
 * (ObservationInput) and the import path, which checks a million CSV rows
 * without building objects for zod.
 */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;
export const SOURCE_MAX = 200;
export const NOTE_MAX = 2000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `YYYY-MM-DD` naming a day that exists (2024-02-29 yes, 2023-02-29 no). */
export function isCalendarDate(text: string): boolean {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return false;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
}

/** Why a source name cannot be used, or undefined. It ends up in logs, files and headers. */
export function sourceProblem(text: string): string | undefined {
  if (text.trim() === '') return 'the source must not be empty';
  if (text.length > SOURCE_MAX) return `the source is longer than ${SOURCE_MAX} characters`;
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) < 0x20) return 'control characters are not allowed';
  }
  return undefined;
}

export function yearProblem(year: number): string | undefined {
  if (!Number.isInteger(year)) return `${year} is not a whole year`;
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max)
    return `${year} is outside ${YEAR_RANGE.min}–${YEAR_RANGE.max}`;
  return undefined;
}

/** sourceProblem in Chinese, or undefined. */
export function sourceProblemZh(text: string): string | undefined {
  if (text.trim() === '') return '来源不能为空';
  if (text.length > SOURCE_MAX) return `来源超过 ${SOURCE_MAX} 个字符`;
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) < 0x20) return '来源中不允许有控制字符';
  }
  return undefined;
}

/** yearProblem in Chinese, or undefined. */
export function yearProblemZh(year: number): string | undefined {
  if (!Number.isInteger(year)) return `${year} 不是整年`;
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max)
    return `${year} 不在 ${YEAR_RANGE.min}–${YEAR_RANGE.max} 年之内`;
  return undefined;
}
