import { indicatorById, ordosPlan, type Plan } from '@plan/indicators';
import { parsePlan } from '@plan/plans';
import { fixturePlanFile } from '@plan/plans/testing';
import { describe, expect, it } from 'vitest';
import { assessIndicator } from '../assessIndicator.js';
import { ScoringInputError } from '../scoringInputError.js';
import { assessRegionIndicator } from './assessRegionIndicator.js';
import { RegionIndicatorAssessment } from './schema/regionJudging.js';
import type { RegionTarget } from './schema/regionTarget.js';

// Every figure below is hand-made for the tests, not an Ordos statistic.
const myopia = indicatorById('student-myopia-rate'); // city 2020: 60.5, target 56 (decrease)
const asOf = '2024-03-31';
const judge = (
  observations: unknown[],
  options: { region: string; regionTarget?: RegionTarget; method?: 'time-progress' | 'open-sdg' },
  indicator = myopia,
  plan: Readonly<Plan> = ordosPlan,
) =>
  assessRegionIndicator(plan, indicator, observations, {
    method: options.method ?? 'time-progress',
    asOf,
    region: options.region,
    ...(options.regionTarget ? { regionTarget: options.regionTarget } : {}),
  });

const numberValue = (value: number) =>
  ({ kind: 'number', value, decimals: 0, printed: String(value) }) as const;

describe('assessRegionIndicator', () => {
  it('judges a district from its own base-year value, never the city’s, against the city target applied', () => {
    const result = judge(
      [
        { indicatorId: myopia.id, region: 'dongsheng', year: 2020, value: 62 },
        { indicatorId: myopia.id, region: 'dongsheng', year: 2023, value: 59 },
      ],
      { region: 'dongsheng' },
    );
    expect(RegionIndicatorAssessment.parse(result)).toBeTruthy();
    expect(result.regionJudging).toEqual({
      baseline: 'region',
      target: 'subject-target',
      targetSource: null,
      missing: [],
    });
    expect(result.quantities[0]?.baseline).toEqual({
      time: '2020',
      value: 62,
      printed: null,
      from: 'observation',
    });
    expect(result.quantities[0]?.target).toMatchObject({ value: 56, from: 'subject' });
    expect(result.quantities[0]?.benchmark).toBeNull();
    // (62 − 59) ÷ (62 − 56) = 50% completion against 60% of the time: behind.
    expect(result.status).toBe('behind');
    expect(result.notes.map((note) => note.en).join(' ')).toContain('City target applied');
  });

  it('does not judge a district without a base-year value: "no district baseline", with what is missing', () => {
    const result = judge(
      [
        { indicatorId: myopia.id, region: 'kangbashi', year: 2021, value: 62 },
        { indicatorId: myopia.id, region: 'kangbashi', year: 2023, value: 57 },
      ],
      { region: 'kangbashi' },
    );
    expect(result.status).toBe('no_data');
    expect(result.missing).toBe(true);
    expect(result.score).toBeNull();
    expect(result.regionJudging).toMatchObject({
      baseline: 'missing',
      missing: [{ kind: 'baseline', year: 2020, part: null }],
    });
    // The first value (2021) is not taken as the base, nor the city's 60.5.
    expect(result.quantities[0]?.baseline).toBeNull();
    expect(result.explanation.en).toMatch(/^No district baseline/);
  });

  it('takes a value dated inside the base year as the base, the latest of several', () => {
    const result = judge(
      [
        { indicatorId: myopia.id, region: 'dalad', date: '2020-03-01', value: 70 },
        { indicatorId: myopia.id, region: 'dalad', date: '2020-09-01', value: 62 },
        { indicatorId: myopia.id, region: 'dalad', year: 2023, value: 59 },
      ],
      { region: 'dalad' },
    );
    expect(result.quantities[0]?.baseline?.value).toBe(62);
    expect(result.regionJudging.baseline).toBe('region');
  });

  it('judges against a region target with its source when one is given', () => {
    const regionTarget: RegionTarget = {
      indicatorId: myopia.id,
      region: 'dongsheng',
      value: numberValue(58),
      source: '测试用目标责任书（虚构）',
    };
    const result = judge(
      [
        { indicatorId: myopia.id, region: 'dongsheng', year: 2020, value: 62 },
        { indicatorId: myopia.id, region: 'dongsheng', year: 2023, value: 59 },
      ],
      { region: 'dongsheng', regionTarget },
    );
    expect(result.regionJudging).toMatchObject({
      target: 'region-target',
      targetSource: '测试用目标责任书（虚构）',
    });
    expect(result.quantities[0]?.target).toMatchObject({ value: 58, from: 'region' });
    // (62 − 59) ÷ (62 − 58) = 75% against 60%: ahead.
    expect(result.status).toBe('ahead');
  });

  it('never scores a subject-only indicator per district, and says why', () => {
    const share = indicatorById('quality-balanced-counties-share');
    const result = judge(
      [
        { indicatorId: share.id, region: 'jungar', year: 2020, value: 0 },
        { indicatorId: share.id, region: 'jungar', year: 2023, value: 100 },
      ],
      { region: 'jungar' },
      share,
    );
    expect(result.regionJudging.notJudgedReason).toBe('subject-only');
    expect(result.missing).toBe(true);
    expect(result.score).toBeNull();
    expect(result.achieved).toBe(false);
    expect(result.label.en).toBe('Not judged per district');
    expect(result.explanation.zh).toContain('我们对规划的解读');
  });

  it('still judges a subject-only indicator for the city itself, exactly as assessIndicator does', () => {
    const share = indicatorById('quality-balanced-counties-share');
    const observations = [{ indicatorId: share.id, year: 2023, value: 33.3 }];
    const { regionJudging, ...rest } = judge(observations, { region: 'ordos' }, share);
    expect(rest).toEqual(
      assessIndicator(share, observations, { method: 'time-progress', asOf }, ordosPlan),
    );
    expect(regionJudging).toEqual({
      baseline: 'plan',
      target: 'plan',
      targetSource: null,
      missing: [],
    });
  });

  it('applies no city target to an additive count (a city total), and judges it against a region target', () => {
    const parks = indicatorById('national-sports-parks');
    const observations = [
      { indicatorId: parks.id, region: 'otog', year: 2020, value: 0 },
      { indicatorId: parks.id, region: 'otog', year: 2023, value: 1 },
    ];
    const withoutTarget = judge(observations, { region: 'otog' }, parks);
    expect(withoutTarget.regionJudging).toMatchObject({
      baseline: 'region',
      target: 'none',
      missing: [{ kind: 'target', year: 2025, part: null }],
    });
    expect(withoutTarget.quantities[0]?.target).toBeNull();
    const withTarget = judge(
      observations,
      {
        region: 'otog',
        regionTarget: {
          indicatorId: parks.id,
          region: 'otog',
          value: numberValue(1),
          source: '虚构文件',
        },
      },
      parks,
    );
    expect(withTarget.regionJudging.target).toBe('region-target');
    expect(withTarget.status).toBe('achieved');
  });

  it('judges each part of a split indicator from its own base, listing the part without one', () => {
    const teachers = indicatorById('dual-qualified-teachers-share');
    const result = judge(
      [
        {
          indicatorId: teachers.id,
          region: 'uxin',
          year: 2020,
          value: { parts: { secondary: 50 } },
        },
        {
          indicatorId: teachers.id,
          region: 'uxin',
          year: 2023,
          value: { parts: { secondary: 55, higher: 45 } },
        },
      ],
      { region: 'uxin' },
      teachers,
    );
    expect(result.regionJudging.baseline).toBe('region');
    expect(result.regionJudging.missing).toEqual([
      { kind: 'baseline', year: 2020, part: 'higher' },
    ]);
    const [secondary, higher] = result.quantities;
    expect(secondary?.baseline?.value).toBe(50);
    expect(secondary?.result).not.toBeNull();
    // The 高职 part's 2023 value is not made its base.
    expect(higher?.baseline).toBeNull();
    expect(higher?.result).toBeNull();
  });

  it('works on the fixture plan: its own regions, base year and targets', () => {
    const fixture = parsePlan(fixturePlanFile).plan;
    const rate = fixture.indicators.find(
      (indicator) => indicator.id === 'fixture-preschool-enrolment-rate',
    );
    if (!rate) throw new Error('the fixture has no preschool rate');
    const result = assessRegionIndicator(
      fixture,
      rate,
      [
        { indicatorId: rate.id, region: 'fixture-east-district', year: 2025, value: 90 },
        { indicatorId: rate.id, region: 'fixture-east-district', year: 2027, value: 93 },
      ],
      { region: 'fixture-east-district', method: 'time-progress', asOf: '2028-06-30' },
    );
    expect(result.regionJudging).toMatchObject({ baseline: 'region', target: 'subject-target' });
    expect(result.quantities[0]?.baseline).toMatchObject({ time: '2025', value: 90 });
    expect(result.quantities[0]?.target).toMatchObject({
      year: 2030,
      value: 96,
      comparator: 'gte',
    });
    const none = assessRegionIndicator(
      fixture,
      rate,
      [{ indicatorId: rate.id, region: 'fixture-west-county', year: 2026, value: 91 }],
      { region: 'fixture-west-county', method: 'open-sdg', asOf: '2028-06-30' },
    );
    expect(none.regionJudging.missing).toEqual([{ kind: 'baseline', year: 2025, part: null }]);
    expect(none.status).toBe('not_available');
  });

  it('refuses an unknown region, and a region target of another region, for the city or of the wrong shape', () => {
    expect(() => judge([], { region: 'atlantis' })).toThrow(ScoringInputError);
    const target = (region: string, value: RegionTarget['value']): RegionTarget => ({
      indicatorId: myopia.id,
      region,
      value,
      source: '虚构文件',
    });
    expect(() =>
      judge([], { region: 'dongsheng', regionTarget: target('kangbashi', numberValue(50)) }),
    ).toThrow(/expected "dongsheng"/);
    expect(() =>
      judge([], { region: 'ordos', regionTarget: target('ordos', numberValue(50)) }),
    ).toThrow(/plan's own/);
    expect(() =>
      judge([], {
        region: 'dongsheng',
        regionTarget: target('dongsheng', { kind: 'ratio', parts: [40, 60], printed: '40：60' }),
      }),
    ).toThrow(/expected a number/);
  });
});
