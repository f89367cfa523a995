import { ordosPlan } from '@plan/indicators';
import { DEMO_SOURCE, type Observation } from '@plan/observations';
import { describe, expect, it } from 'vitest';
import { figure, stored } from '../assessment/testRun.js';
import { type CompareRegions, districtComparison, previousPeriod } from './districtComparison.js';
import { testComparison } from './testDistricts.js';

const withApproval = (observation: Observation, approval: string) =>
  ({ ...observation, approval }) as Observation;

const rows: Observation[] = [
  stored(figure('regular-exercise-share', 2021, 40, 'statistics-bureau', 'dongsheng'), 0),
  stored(figure('regular-exercise-share', 2022, 41, DEMO_SOURCE, 'dongsheng'), 1),
  withApproval(
    stored(figure('regular-exercise-share', 2023, 42, 'district', 'dongsheng'), 2),
    'submitted',
  ),
  withApproval(
    stored(figure('regular-exercise-share', 2023, 30, 'district', 'kangbashi'), 3),
    'returned',
  ),
  stored(figure('regular-exercise-share', 2024, 50, 'statistics-bureau', 'dongsheng'), 4),
  stored(figure('regular-exercise-share', 2023, 44.1, 'statistics-bureau'), 5),
];

/** compareRegions stand-in: remembers what it was given and answers the test comparison. */
function recorder() {
  const calls: Parameters<CompareRegions>[] = [];
  const compare: CompareRegions = (...args) => {
    calls.push(args);
    return testComparison(ordosPlan);
  };
  return { calls, compare };
}

const run = (includeIllustrative: boolean, includeSubmitted: boolean) => {
  const { calls, compare } = recorder();
  const report = districtComparison(ordosPlan, rows, {
    asOf: '2023-12-31',
    includeIllustrative,
    includeSubmitted,
    regionTargets: [],
    compare,
  });
  return { report, call: calls[0] };
};

describe('districtComparison', () => {
  it('compares approved official figures only by default, by time-progress, a year back for the change', () => {
    const { report, call } = run(false, false);
    const [plan, observations, options] = call ?? [];
    expect(plan).toBe(ordosPlan);
    expect(
      observations?.map((each) => [
        each.region,
        'year' in each ? each.year : each.date,
        each.value,
      ]),
    ).toEqual([
      ['dongsheng', 2021, 40],
      ['dongsheng', 2024, 50],
      ['ordos', 2023, 44.1],
    ]);
    expect(options).toEqual({
      asOf: '2023-12-31',
      method: 'time-progress',
      regionTargets: [],
      previousAsOf: '2022-12-31',
    });
    expect(report.includeSubmitted).toBe(false);
    expect(report.showsIllustrative).toBe(false);
    expect(report.figures['regular-exercise-share']?.dongsheng).toEqual({
      illustrative: false,
      submitted: false,
    });
  });

  it('adds demo and submitted figures when asked, never a returned one, and marks the cell by its latest figure', () => {
    const { report, call } = run(true, true);
    expect(call?.[1].map((each) => each.value)).toEqual([40, 41, 42, 50, 44.1]);
    // The latest figure on or before the as-of date is the submitted 2023 one.
    expect(report.figures['regular-exercise-share']?.dongsheng).toEqual({
      illustrative: false,
      submitted: true,
    });
    expect(report.figures['regular-exercise-share']?.kangbashi).toBeUndefined();
    expect(report.showsSubmitted).toBe(true);
    expect(report.showsIllustrative).toBe(true);
  });

  it('names the regions compared from the plan, in the comparison’s order', () => {
    const { report } = run(false, false);
    expect(report.regions.map((region) => region.id)).toEqual([
      'dongsheng',
      'kangbashi',
      'dalad',
      'jungar',
      'otog-front',
      'otog',
      'hanggin',
      'uxin',
      'ejin-horo',
    ]);
  });
});

describe('previousPeriod', () => {
  it('is the same day a year earlier, 29 February falling back to the 28th', () => {
    expect(previousPeriod('2023-12-31')).toBe('2022-12-31');
    expect(previousPeriod('2024-02-29')).toBe('2023-02-28');
  });
});

describe('districtComparison with @plan/scoring’s compareRegions', () => {
  const observations = [
    stored(figure('regular-exercise-share', 2020, 40, 'statistics-bureau', 'dongsheng'), 0),
    stored(figure('regular-exercise-share', 2023, 44, 'statistics-bureau', 'dongsheng'), 1),
    stored(figure('regular-exercise-share', 2023, 45, 'statistics-bureau', 'kangbashi'), 2),
  ];
  const report = districtComparison(ordosPlan, observations, {
    asOf: '2023-12-31',
    includeIllustrative: false,
    includeSubmitted: false,
    regionTargets: [],
  });
  const cellOf = (region: string) =>
    report.comparison.matrix
      .find((row) => row.region === region)
      ?.cells.find((cell) => cell.indicatorId === 'regular-exercise-share');

  it('judges a district from its own base-year value, against the city target applied', () => {
    expect(report.comparison.previousAsOf).toBe('2022-12-31');
    expect(cellOf('dongsheng')).toMatchObject({
      value: 44,
      baseline: 'region',
      target: 'subject-target',
    });
  });

  it('never borrows the city’s base for a district without its own', () => {
    expect(cellOf('kangbashi')).toMatchObject({ baseline: 'missing', status: 'no_data' });
  });
});
