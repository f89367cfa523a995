import { isoDecimalYear } from './time.js';

/**
 * The rules of an `assess` input that zod cannot state as types, written once
 * and used by both the exported zod schema (`AssessInput`) and the zod-free
 * check inside `assess` (`checkAssessInput`).
 */
type Issue = { code: 'custom'; path: (string | number)[]; message: string };
type Context = { addIssue(issue: Issue): void };
type Timed = { year?: number | undefined; date?: string | undefined };

/** Names the ISO date shape in messages. */
export const ISO_DATE_MESSAGE = 'expected an ISO date such as "2023-12-31"';
export const FINITE_MESSAGE = 'expected a finite number';
export const WHOLE_YEAR_MESSAGE = 'expected a whole year such as 2023';
export const FOUR_DIGIT_YEAR_MESSAGE = 'expected a four-digit year';
export const BASE_VALUE_MESSAGE = 'series needs at least its base value, series[0]';
/** The comparators of a target, in the order of `TargetComparator`. */
export const TARGET_COMPARATORS = ['eq', 'gte', 'gt', 'lte', 'lt', 'about', 'between'] as const;

function pointTime(point: Timed): number | null {
  if (point.year !== undefined) return point.year;
  if (point.date !== undefined) return isoDecimalYear(point.date);
  return null;
}

/** A point has a year or a date, exactly one. */
export function seriesPointRule(point: Timed, ctx: Context): void {
  if (point.year === undefined && point.date === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['year'],
      message: 'give a year (2023) or a date ("2023-12-31")',
    });
  } else if (point.year !== undefined && point.date !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['date'],
      message: 'give either a year or a date, not both',
    });
  }
}

/** A target has a year or a date, exactly one; a band has an upper end at or above its value. */
export function targetRule(
  target: Timed & { value: number; comparator?: string | undefined; upper?: number | undefined },
  ctx: Context,
): void {
  if ((target.year === undefined) === (target.date === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['year'],
      message: 'give the target a year (2025) or a date, exactly one',
    });
  }
  if (target.comparator === 'between') {
    if (target.upper === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['upper'],
        message: 'a "between" target needs an upper end',
      });
    } else if (target.upper < target.value) {
      ctx.addIssue({ code: 'custom', path: ['upper'], message: 'upper must not be below value' });
    }
  }
}

/** `series[0]` is the earliest point, no two points share a time, the target comes after the base. */
export function assessInputRule(
  input: { series: readonly Timed[]; target?: Timed | undefined },
  ctx: Context,
): void {
  const seen = new Map<number, number>();
  let base: number | null = null;
  input.series.forEach((point, index) => {
    const time = pointTime(point);
    if (time === null) return;
    if (index === 0) base = time;
    else if (base !== null && time < base) {
      ctx.addIssue({
        code: 'custom',
        path: ['series', index],
        message: `this point comes before the base (series[0]); series[0] must be the earliest`,
      });
    }
    const earlier = seen.get(time);
    if (earlier !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['series', index],
        message: `duplicate time: series[${earlier}] has the same ${point.year !== undefined ? 'year' : 'date'}`,
      });
    }
    seen.set(time, index);
  });
  const targetTime = input.target ? pointTime(input.target) : null;
  if (targetTime !== null && base !== null && targetTime <= base) {
    ctx.addIssue({
      code: 'custom',
      path: ['target'],
      message: 'the target must come after the base (series[0])',
    });
  }
}
