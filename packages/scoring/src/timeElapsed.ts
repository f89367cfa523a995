import { elapsedShare } from './_lib/elapsedShare.js';
import { isIsoDateCached, isoDay, yearEndDay } from './_lib/time.js';
import { ScoringInputError, type ScoringIssue } from './scoringInputError.js';

/** A plan period: from the end of its base year to the end of its target year. */
export type PlanPeriod = { baselineYear: number; targetYear: number };

const isYear = (year: unknown): year is number =>
  Number.isInteger(year) && (year as number) >= 1000 && (year as number) <= 9999;

/**
 * 时序进度 of a plan period on a date: the share of the calendar days from
 * 31 December of the base year to 31 December of the target year that have
 * passed on `asOf`, 0 on or before the start and 1 on or after the end. It is
 * the time progress `timeProgress` reports at the as-of date
 * (`components.timeProgressAtAsOf`, rounded there to 6 decimals) for a series
 * based in the base year with a target in the target year.
 *
 * @param period a `Plan`, or its `{ baselineYear, targetYear }`
 * @param asOf an ISO date (`2023-12-31`)
 * @throws ScoringInputError when a year is not a whole year 1000–9999, the
 *   target year is not after the base year, or `asOf` is not an ISO date
 * @example
 *   timeElapsed({ baselineYear: 2020, targetYear: 2025 }, '2023-12-31'); // 1095 / 1826 ≈ 0.5997
 */
export function timeElapsed(period: PlanPeriod, asOf: string): number {
  const { baselineYear, targetYear } = period;
  const issues: ScoringIssue[] = [];
  if (!isYear(baselineYear))
    issues.push({ path: ['baselineYear'], message: 'expected a whole year from 1000 to 9999' });
  if (!isYear(targetYear))
    issues.push({ path: ['targetYear'], message: 'expected a whole year from 1000 to 9999' });
  else if (isYear(baselineYear) && targetYear <= baselineYear)
    issues.push({
      path: ['targetYear'],
      message: `expected a year after the base year ${baselineYear}`,
    });
  if (!(typeof asOf === 'string' && isIsoDateCached(asOf)))
    issues.push({ path: ['asOf'], message: 'expected an ISO date such as 2023-12-31' });
  if (issues.length > 0) throw new ScoringInputError(issues);
  return elapsedShare(yearEndDay(baselineYear), yearEndDay(targetYear), isoDay(asOf));
}
