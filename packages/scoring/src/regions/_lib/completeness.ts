import { round } from '../../_lib/numbers.js';
import { isoDay, yearEndDay } from '../../_lib/time.js';
import type { Observation } from '../../schema/observation.js';
import type { Completeness } from '../schema/regionComparison.js';
import { observationDay, observationYear } from './regionTime.js';

const RULE = {
  zh: '上报完整率（参照DHIS2）：每个旗区每年应报指标数为按旗区评估的指标数，已报数为当年（截至评估日）至少有一个数值的指标数，完整率=已报÷应报。统计年份为基期年至评估日前已结束的最后一年（不超过目标年）。',
  en: 'Reporting completeness (as DHIS2 reports it): each district is expected to report every indicator judged per district for each year; an indicator is reported for a year when it has at least one value dated in that year (on or before the as-of date); rate = reported ÷ expected. The years run from the base year to the last year ended by the as-of date (at most the target year).',
};

/** The years due on `asOf`: the base year to the last year that has ended, at most the target year. */
export function periodsDue(baselineYear: number, targetYear: number, asOf: string): number[] {
  const day = isoDay(asOf);
  const years: number[] = [];
  for (let year = baselineYear; year <= targetYear && yearEndDay(year) <= day; year += 1)
    years.push(year);
  return years;
}

/**
 * DHIS2-style reporting rates: per region and year, how many of the
 * indicators judged per region have at least one value dated in the year.
 */
export function completenessOf(
  regions: readonly string[],
  expectedIds: readonly string[],
  observations: readonly Observation[],
  periods: readonly number[],
  asOf: string,
): Completeness {
  const asOfDay = isoDay(asOf);
  const expectedSet = new Set(expectedIds);
  const reported = new Set<string>();
  for (const observation of observations) {
    if (!expectedSet.has(observation.indicatorId) || observationDay(observation) > asOfDay)
      continue;
    reported.add(
      `${observation.region}\u0000${observationYear(observation)}\u0000${observation.indicatorId}`,
    );
  }
  const rate = (done: number, due: number) => (due > 0 ? round(done / due, 4) : null);
  return {
    rule: RULE,
    periods: [...periods],
    rows: regions.map((region) => {
      const byYear = periods.map((year) => {
        const notReported = expectedIds.filter(
          (id) => !reported.has(`${region}\u0000${year}\u0000${id}`),
        );
        const done = expectedIds.length - notReported.length;
        return {
          year,
          expected: expectedIds.length,
          reported: done,
          rate: rate(done, expectedIds.length),
          notReported,
        };
      });
      const expected = byYear.reduce((sum, entry) => sum + entry.expected, 0);
      const done = byYear.reduce((sum, entry) => sum + entry.reported, 0);
      return { region, byYear, expected, reported: done, rate: rate(done, expected) };
    }),
  };
}
