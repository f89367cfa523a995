import type { Plan } from '@plan/indicators';
import { type RegionComparison, statusLabels } from '@plan/scoring';
import type { DistrictReport } from './districtComparison.js';

/**
 * A small comparison of a plan's regions under its subject region, in the
 * shape @plan/scoring's compareRegions gives, for the district section's
 * tests: the first region judged on every indicator but the first (which is
 * about the subject region only), the others without data and unranked; one
 * value off its trend; one count that does not add up.
 */
export function testComparison(plan: Readonly<Plan>): RegionComparison {
  const regions = plan.regions.filter((region) => region.parent === plan.subjectRegion);
  const ids = plan.indicators.map((indicator) => indicator.id);
  const [cityOnly, judgedFirst, judgedSecond] = ids;
  const first = plan.baselineYear + 1;
  const asOf = `${first + 2}-12-31`;
  const previousAsOf = `${first + 1}-12-31`;
  return {
    planId: plan.id,
    subjectRegion: plan.subjectRegion,
    asOf,
    previousAsOf,
    method: 'time-progress',
    timeElapsed: 0.6,
    regions: regions.map((region) => ({
      id: region.id,
      name: region.name,
      level: region.level,
      divisionCode: null,
    })),
    indicators: ids,
    matrix: regions.map((region, index) => ({
      region: region.id,
      cells: ids.map((indicatorId) => {
        const judged = index === 0 && indicatorId !== cityOnly;
        const status = judged ? (indicatorId === judgedFirst ? 'behind' : 'ahead') : 'no_data';
        return {
          indicatorId,
          status,
          label: statusLabels['time-progress'][status].label,
          previousStatus: null,
          value: judged ? 12.5 : null,
          date: judged ? `${first + 1}-12-31` : null,
          completion: judged ? 0.35 : null,
          timeElapsed: 0.6,
          baseline: judged ? ('region' as const) : ('missing' as const),
          target:
            indicatorId === judgedSecond ? ('region-target' as const) : ('subject-target' as const),
          change: judged ? 1.5 : null,
          ...(indicatorId === cityOnly ? { notJudged: 'subject-only' as const } : {}),
        };
      }),
    })),
    ranking: {
      method: {
        zh: '综合得分为各项已评价指标状态分值的加权平均。',
        en: 'The score is the weighted mean of the judged indicators’ status points.',
      },
      points: { achieved: 100, ahead: 100, on_track: 75, behind: 40, regressing: 0 },
      coverageFloor: 0.8,
      weights: Object.fromEntries(ids.slice(1).map((id) => [id, 1])),
      rows: regions.map((region, index) => ({
        region: region.id,
        score: index === 0 ? 72.5 : null,
        rank: index === 0 ? 1 : null,
        judged: index === 0 ? ids.length - 1 : 0,
        expected: ids.length - 1,
        counts: (index === 0
          ? { ahead: ids.length - 2, behind: 1 }
          : { no_data: ids.length - 1 }) as Record<string, number>,
        missing: index === 0 ? 0 : ids.length - 1,
        coverage: index === 0 ? 1 : 0,
        unranked:
          index === 0
            ? null
            : { zh: '数据覆盖率0%，低于80%，不排名', en: 'coverage 0%, below 80%: not ranked' },
      })),
    },
    completeness: {
      rule: {
        zh: '应报数 = 需评价指标数 × 年份数。',
        en: 'Expected = indicators judged × years.',
      },
      periods: [first, first + 1],
      rows: regions.map((region, index) => ({
        region: region.id,
        byYear: [first, first + 1].map((year) => ({
          year,
          expected: ids.length - 1,
          reported: index === 0 && year > first ? ids.length - 1 : 0,
          rate: index === 0 && year > first ? 1 : 0,
          notReported: index === 0 && year > first ? [] : ids.slice(1),
        })),
        expected: 2 * (ids.length - 1),
        reported: index === 0 ? ids.length - 1 : 0,
        rate: index === 0 ? 0.5 : 0,
      })),
    },
    outlierRule: {
      zh: '偏离本地区趋势三倍标准差以上。',
      en: 'More than three standard deviations off the region’s trend.',
    },
    outliers: regions.slice(0, 1).map((region) => ({
      region: region.id,
      indicatorId: judgedFirst ?? '',
      date: `${first + 1}-12-31`,
      value: 12.5,
      expected: 3.2,
      deviation: 9.3,
      threshold: 4,
      reason: { zh: '远高于本地区趋势值', en: 'far above the region’s own trend' },
    })),
    additiveChecks: [
      {
        indicatorId: judgedSecond ?? '',
        date: `${first + 1}-12-31`,
        derived: 12.5,
        reported: 20,
        difference: -7.5,
        regionsReported: 1,
        regionsExpected: regions.length,
        missingRegions: regions.slice(1).map((region) => region.id),
        status: 'mismatch' as const,
      },
    ],
  };
}

/** The district section's data for `testComparison`: the first region's figures from demo data when asked. */
export function testDistrictReport(
  plan: Readonly<Plan>,
  options: { includeSubmitted?: boolean; illustrative?: boolean; submitted?: boolean } = {},
): DistrictReport {
  const comparison = testComparison(plan);
  const [firstRegion] = comparison.regions;
  const basis = {
    illustrative: options.illustrative ?? false,
    submitted: options.submitted ?? false,
  };
  const regionId = firstRegion?.id ?? '';
  return {
    comparison,
    regions: plan.regions.filter((region) => region.parent === plan.subjectRegion),
    figures: Object.fromEntries(
      plan.indicators.slice(1).map((indicator) => [indicator.id, { [regionId]: basis }]),
    ),
    includeSubmitted: options.includeSubmitted ?? false,
    showsIllustrative: basis.illustrative,
    showsSubmitted: basis.submitted,
  };
}
