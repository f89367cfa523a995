import { checkValue, ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { demoObservations } from './demoObservations.js';

describe('demoObservations', () => {
  const rows = demoObservations(ordosPlan);

  it('is the same on every run', () => {
    expect(demoObservations(ordosPlan)).toEqual(rows);
    expect(demoObservations(ordosPlan, { seed: 7 })).not.toEqual(rows);
  });

  it("covers the plan's first year to two years before its target year, in every region but the benchmark", () => {
    const years = new Set(rows.map((row) => row.year));
    expect(Math.min(...years)).toBe(2021);
    expect(Math.max(...years)).toBe(2023);
    expect(rows.some((row) => row.region === ordosPlan.benchmarkRegion)).toBe(false);
    expect(new Set(rows.map((row) => row.region)).size).toBe(ordosPlan.regions.length - 1);
  });

  it('marks every figure as demo data, and every value fits its indicator', () => {
    const indicators = new Map(ordosPlan.indicators.map((indicator) => [indicator.id, indicator]));
    for (const row of rows) {
      expect(row.source).toBe('demo');
      const indicator = indicators.get(row.indicatorId);
      if (!indicator) throw new Error(`unknown ${row.indicatorId}`);
      expect(checkValue(indicator, row.value, 'value')).toEqual([]);
    }
  });

  it('takes the regions and the last year asked for', () => {
    const some = demoObservations(ordosPlan, { regions: ['dalad'], lastYear: 2021 });
    expect(new Set(some.map((row) => `${row.region} ${row.year}`))).toEqual(
      new Set(['dalad 2021']),
    );
  });
});
