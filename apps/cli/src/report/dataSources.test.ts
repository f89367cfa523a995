import { describe, expect, it } from 'vitest';
import { testRun } from '../assessment/testRun.js';
import { dataSources } from './dataSources.js';

describe('dataSources', () => {
  it('lists each source of the figures used, official first, the plan’s own values left out', () => {
    const { sources } = dataSources(testRun());
    expect(sources).toEqual([
      {
        source: 'statistics-bureau',
        illustrative: false,
        observations: 1,
        indicators: 1,
        firstTime: '2023',
        lastTime: '2023',
      },
      {
        source: 'demo',
        illustrative: true,
        observations: 1,
        indicators: 1,
        firstTime: '2022',
        lastTime: '2022',
      },
    ]);
  });

  it('counts indicators by the year of their latest figure, "none" last, and their mean age', () => {
    const { age } = dataSources(testRun());
    expect(age.byLatestYear).toEqual([
      { year: 2022, indicators: 1, illustrative: 1 },
      { year: 2023, indicators: 1, illustrative: 0 },
      { year: null, indicators: 59, illustrative: 0 },
    ]);
    // 365 days (2022-12-31) and 0 days before the as-of date 2023-12-31.
    expect(age.meanAgeYears).toBeCloseTo(365 / 365.25 / 2, 6);
    expect(age.noData).toHaveLength(59);
  });

  it('has no sources and no mean age when no figure was used', () => {
    const { sources, age } = dataSources({ ...testRun(), used: [], provenance: [] });
    expect(sources).toEqual([]);
    expect(age.meanAgeYears).toBeNull();
  });
});
