// Calendar days as `YYYY-MM-DD` strings: they compare as strings and cross every boundary as they are.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a value is a real calendar day written `YYYY-MM-DD` (no time, no 2023-02-30). */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Throws a RangeError naming the field unless the value is a `YYYY-MM-DD` calendar day. */
export function assertCalendarDay(value: unknown, name: string): asserts value is string {
  if (!isCalendarDay(value)) {
    throw new RangeError(
      `${name}: expected a calendar day such as 2025-12-31, got ${JSON.stringify(value)}`,
    );
  }
}

/** A day as Chinese documents write it: `2023-12-31` → `2023年12月31日`. */
export function zhDay(day: string): string {
  const [year, month, date] = day.split('-');
  return `${year}年${Number(month)}月${Number(date)}日`;
}

/** The year of a day. */
export function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}
