import { ordosPlan, type Plan } from '@plan/indicators';
import { type PlanFileInput, parsePlan } from '@plan/plans';
import { fixturePlanFile } from '@plan/plans/testing';
import { describe, expect, it } from 'vitest';
import { ScoringInputError } from '../scoringInputError.js';
import { compareRegions } from './compareRegions.js';
import { RegionComparison } from './schema/regionComparison.js';

// Every figure below is hand-made for the tests, not an Ordos statistic.
const districts = [
  'dongsheng',
  'kangbashi',
  'dalad',
  'jungar',
  'otog-front',
  'otog',
  'hanggin',
  'uxin',
  'ejin-horo',
];
const myopia = (region: string, year: number, value: number) => ({
  indicatorId: 'student-myopia-rate',
  region,
  year,
  value,
});
const parks = (region: string | undefined, year: number, value: number) => ({
  indicatorId: 'national-sports-parks',
  ...(region ? { region } : {}),
  year,
  value,
});
const asOf = '2024-03-31';
const cellOf = (comparison: RegionComparison, region: string, indicatorId: string) =>
  comparison.matrix
    .find((row) => row.region === region)
    ?.cells.find((cell) => cell.indicatorId === indicatorId);
const rowOf = (comparison: RegionComparison, region: string) =>
  comparison.ranking.rows.find((row) => row.region === region);

describe('compareRegions on the Ordos plan', () => {
  const observations = [
    myopia('dongsheng', 2020, 62),
    myopia('dongsheng', 2021, 61.5),
    myopia('dongsheng', 2023, 57),
    myopia('kangbashi', 2020, 60),
    myopia('kangbashi', 2023, 61),
    myopia('dalad', 2022, 58),
  ];
  const comparison = compareRegions(ordosPlan, observations, {
    asOf,
    method: 'time-progress',
    previousAsOf: '2022-06-30',
    coverageFloor: 0.01,
  });

  it('answers in its schema, with the nine 旗区 in the plan’s order and every indicator', () => {
    expect(RegionComparison.parse(comparison)).toBeTruthy();
    expect(comparison.regions.map((region) => region.id)).toEqual(districts);
    expect(comparison.regions[0]).toEqual({
      id: 'dongsheng',
      name: { zh: '东胜区', en: 'Dongsheng District' },
      level: 'district',
      divisionCode: '150602',
    });
    expect(comparison.indicators).toHaveLength(61);
    expect(comparison.matrix.map((row) => row.cells.length)).toEqual(districts.map(() => 61));
    expect(comparison.timeElapsed).toBeCloseTo(0.65, 2);
  });

  it('fills a cell with status, latest value, completion against time and the change since previousAsOf', () => {
    expect(cellOf(comparison, 'dongsheng', 'student-myopia-rate')).toEqual({
      indicatorId: 'student-myopia-rate',
      status: 'ahead',
      label: { zh: '快于预期', en: 'Ahead of schedule' },
      value: 57,
      date: '2023-12-31',
      // (62 − 57) ÷ (62 − 56)
      completion: 0.8333,
      timeElapsed: comparison.timeElapsed,
      baseline: 'region',
      target: 'subject-target',
      change: -4.5,
      previousStatus: 'behind',
    });
    expect(cellOf(comparison, 'kangbashi', 'student-myopia-rate')?.status).toBe('regressing');
  });

  it('shows a district without a base-year value as "no district baseline", its latest value still shown', () => {
    expect(cellOf(comparison, 'dalad', 'student-myopia-rate')).toMatchObject({
      status: 'no_data',
      value: 58,
      date: '2022-12-31',
      completion: null,
      baseline: 'missing',
    });
  });

  it('lists subject-only indicators in every row, never judged', () => {
    for (const row of comparison.matrix) {
      expect(
        row.cells.find((cell) => cell.indicatorId === 'quality-balanced-counties-share'),
      ).toMatchObject({
        notJudged: 'subject-only',
        completion: null,
      });
    }
    expect(comparison.ranking.weights).not.toHaveProperty('quality-balanced-counties-share');
    expect(Object.keys(comparison.ranking.weights)).toHaveLength(54);
  });

  it('ranks by status points with the method, and leaves a district with too little data unranked, saying why', () => {
    expect(comparison.ranking.method.en).toContain('never as 0 or as full marks');
    expect(comparison.ranking.points).toEqual({
      achieved: 100,
      ahead: 75,
      on_track: 50,
      behind: 25,
      regressing: 0,
    });
    expect(comparison.ranking.rows.slice(0, 2)).toMatchObject([
      { region: 'dongsheng', rank: 1, score: 75, judged: 1, expected: 54, missing: 53 },
      { region: 'kangbashi', rank: 2, score: 0, judged: 1 },
    ]);
    const dalad = rowOf(comparison, 'dalad');
    expect(dalad).toMatchObject({ rank: null, score: null, judged: 0, coverage: 0 });
    expect(dalad?.unranked?.en).toMatch(/^Too little data to rank: 0 of 54/);
  });

  it('never ranks a district whose data is missing, at the default floor of 80%', () => {
    const strict = compareRegions(ordosPlan, observations, { asOf, method: 'open-sdg' });
    expect(strict.ranking.coverageFloor).toBe(0.8);
    expect(strict.ranking.rows.every((row) => row.rank === null && row.unranked !== null)).toBe(
      true,
    );
  });

  it('gives equal scores the same rank', () => {
    const tied = compareRegions(
      ordosPlan,
      [
        myopia('dongsheng', 2020, 62),
        myopia('dongsheng', 2023, 57),
        myopia('uxin', 2020, 70),
        myopia('uxin', 2023, 60),
      ],
      { asOf, method: 'time-progress', coverageFloor: 0.01 },
    );
    expect(tied.ranking.rows.slice(0, 2).map((row) => [row.region, row.rank])).toEqual([
      ['dongsheng', 1],
      ['uxin', 1],
    ]);
  });

  it('reports completeness per district and year, DHIS2-style, with what was not reported', () => {
    expect(comparison.completeness.periods).toEqual([2020, 2021, 2022, 2023]);
    const dongsheng = comparison.completeness.rows.find((row) => row.region === 'dongsheng');
    expect(dongsheng?.byYear.map((entry) => [entry.year, entry.reported, entry.expected])).toEqual([
      [2020, 1, 54],
      [2021, 1, 54],
      [2022, 0, 54],
      [2023, 1, 54],
    ]);
    expect(dongsheng?.byYear[0]?.rate).toBe(0.0185);
    expect(dongsheng?.byYear[0]?.notReported).not.toContain('student-myopia-rate');
    expect(dongsheng).toMatchObject({ expected: 216, reported: 3, rate: 0.0139 });
  });
});

describe('compareRegions: outliers', () => {
  it('flags a value far off the district’s own trend, with the rule, and leaves a steady series alone', () => {
    const comparison = compareRegions(
      ordosPlan,
      [
        ...[62, 61, 60, 30, 58].map((value, index) => myopia('hanggin', 2020 + index, value)),
        ...[62, 61, 60, 59.5, 58].map((value, index) => myopia('otog', 2020 + index, value)),
      ],
      { asOf: '2025-03-31', method: 'time-progress' },
    );
    expect(comparison.outliers).toHaveLength(1);
    expect(comparison.outliers[0]).toMatchObject({
      region: 'hanggin',
      indicatorId: 'student-myopia-rate',
      date: '2023-12-31',
      value: 30,
      expected: 59,
      deviation: -29,
    });
    expect(comparison.outliers[0]?.reason.en).toContain('Theil–Sen');
    expect(comparison.outlierRule.zh).toContain('不作任何改动');
  });

  it('needs three other values before judging a trend', () => {
    const comparison = compareRegions(
      ordosPlan,
      [myopia('hanggin', 2020, 62), myopia('hanggin', 2021, 61), myopia('hanggin', 2022, 10)],
      { asOf, method: 'time-progress' },
    );
    expect(comparison.outliers).toEqual([]);
  });
});

describe('compareRegions: additive checks', () => {
  const all2023 = districts.map((region, index) => parks(region, 2023, index < 2 ? 1 : 0));

  it('matches the districts’ sum with the city’s own figure of the same date', () => {
    const comparison = compareRegions(ordosPlan, [...all2023, parks(undefined, 2023, 2)], {
      asOf,
      method: 'time-progress',
    });
    expect(comparison.additiveChecks).toEqual([
      {
        indicatorId: 'national-sports-parks',
        date: '2023-12-31',
        derived: 2,
        reported: 2,
        difference: 0,
        regionsReported: 9,
        regionsExpected: 9,
        missingRegions: [],
        status: 'match',
      },
    ]);
  });

  it('reports a mismatch without replacing the city’s figure, and says when the city has none', () => {
    const mismatch = compareRegions(ordosPlan, [...all2023, parks(undefined, 2023, 3)], {
      asOf,
      method: 'time-progress',
    });
    expect(mismatch.additiveChecks[0]).toMatchObject({
      derived: 2,
      reported: 3,
      difference: -1,
      status: 'mismatch',
    });
    const none = compareRegions(ordosPlan, all2023, { asOf, method: 'time-progress' });
    expect(none.additiveChecks[0]).toMatchObject({
      reported: null,
      difference: null,
      status: 'no-subject-figure',
    });
  });

  it('calls a sum incomplete when a district has not reported, naming it', () => {
    const comparison = compareRegions(ordosPlan, [...all2023.slice(1), parks(undefined, 2023, 2)], {
      asOf,
      method: 'time-progress',
    });
    expect(comparison.additiveChecks[0]).toMatchObject({
      derived: 1,
      regionsReported: 8,
      missingRegions: ['dongsheng'],
      status: 'incomplete',
    });
  });

  it('applies no city total to a district: an additive count has no target unless one is set', () => {
    const comparison = compareRegions(ordosPlan, [parks('otog', 2020, 0), parks('otog', 2023, 1)], {
      asOf,
      method: 'time-progress',
      regionTargets: [
        {
          indicatorId: 'national-sports-parks',
          region: 'dongsheng',
          value: { kind: 'number', value: 1, decimals: 0, printed: '1' },
          source: '测试用目标责任书（虚构）',
        },
      ],
    });
    expect(cellOf(comparison, 'otog', 'national-sports-parks')?.target).toBe('none');
    expect(cellOf(comparison, 'dongsheng', 'national-sports-parks')?.target).toBe('region-target');
  });
});

describe('compareRegions on the fixture plan (other regions, years and indicators)', () => {
  const file = structuredClone(fixturePlanFile) as PlanFileInput;
  const places = file.tables[0]?.indicators[1];
  if (!places) throw new Error('the fixture has no second indicator');
  places.regionScope = {
    judged: 'each-region',
    additive: true,
    reason: { zh: '测试用解读。', en: 'A test reading.' },
  };
  const fixture: Plan = parsePlan(file).plan;
  const east = 'fixture-east-district';
  const west = 'fixture-west-county';
  const comparison = compareRegions(
    fixture,
    [
      { indicatorId: 'fixture-preschool-enrolment-rate', region: east, year: 2025, value: 90 },
      { indicatorId: 'fixture-preschool-enrolment-rate', region: east, year: 2027, value: 93 },
      { indicatorId: 'fixture-new-school-places', region: east, year: 2027, value: 1200 },
      { indicatorId: 'fixture-new-school-places', region: west, year: 2027, value: 800 },
      { indicatorId: 'fixture-new-school-places', year: 2027, value: 2000 },
    ],
    { asOf: '2028-06-30', method: 'time-progress', coverageFloor: 0.1 },
  );

  it('compares the fixture’s own two sub-regions, from its own base year', () => {
    expect(comparison.regions.map((region) => region.id)).toEqual([east, west]);
    expect(comparison.completeness.periods).toEqual([2025, 2026, 2027]);
    expect(cellOf(comparison, east, 'fixture-preschool-enrolment-rate')).toMatchObject({
      baseline: 'region',
      target: 'subject-target',
      value: 93,
    });
    expect(comparison.ranking.rows.map((row) => [row.region, row.rank])).toEqual([
      [east, 1],
      [west, null],
    ]);
  });

  it('checks the fixture’s additive count against its city', () => {
    expect(comparison.additiveChecks).toEqual([
      expect.objectContaining({
        indicatorId: 'fixture-new-school-places',
        derived: 2000,
        reported: 2000,
        status: 'match',
      }),
    ]);
  });
});

describe('compareRegions: bad options', () => {
  it('refuses a previousAsOf not before asOf, a second target for one region and a target for the city', () => {
    const target = (region: string) => ({
      indicatorId: 'student-myopia-rate',
      region,
      value: { kind: 'number' as const, value: 50, decimals: 0, printed: '50' },
      source: '虚构文件',
    });
    expect(() =>
      compareRegions(ordosPlan, [], { asOf, method: 'sdsn', previousAsOf: asOf }),
    ).toThrow(/before asOf/);
    expect(() =>
      compareRegions(ordosPlan, [], {
        asOf,
        method: 'sdsn',
        regionTargets: [target('uxin'), target('uxin')],
      }),
    ).toThrow(/a second target/);
    expect(() =>
      compareRegions(ordosPlan, [], { asOf, method: 'sdsn', regionTargets: [target('ordos')] }),
    ).toThrow(ScoringInputError);
  });
});
