import { ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { observedValueOf, planBaselineObservations } from './planBaselineObservations.js';

describe('planBaselineObservations', () => {
  const rows = planBaselineObservations(ordosPlan);

  it("gives the plan's baseline values of its subject and benchmark regions, dated at the end of the baseline year", () => {
    expect(new Set(rows.map((row) => row.region))).toEqual(new Set(['ordos', 'inner-mongolia']));
    for (const row of rows) {
      expect(row).toMatchObject({ year: 2020, date: '2020-12-31', period: 'year', source: 'plan' });
    }
    expect(
      rows.find((row) => row.indicatorId === 'vocational-general-ratio' && row.region === 'ordos'),
    ).toMatchObject({ value: { ratio: [35, 65] } });
  });

  it('takes the years and regions from the plan, not from constants', () => {
    const other = { ...ordosPlan, baselineYear: 2015, subjectRegion: 'dalad' };
    const moved = planBaselineObservations(other);
    expect(moved[0]).toMatchObject({ region: 'dalad', year: 2015, date: '2015-12-31' });
  });

  it('narrows to the indicators given', () => {
    const [first] = ordosPlan.indicators;
    if (!first) throw new Error('no indicators');
    const some = planBaselineObservations(ordosPlan, [first]);
    expect(new Set(some.map((row) => row.indicatorId))).toEqual(new Set([first.id]));
  });
});

describe('observedValueOf', () => {
  it('gives a printed number, ratio or split value as an observed value, and nothing for a blank', () => {
    expect(observedValueOf({ kind: 'number', value: 3, printed: '3', decimals: 0 })).toBe(3);
    expect(observedValueOf({ kind: 'ratio', parts: [35, 65], printed: '35：65' })).toEqual({
      ratio: [35, 65],
    });
    expect(observedValueOf({ kind: 'absent', printed: '—' })).toBeUndefined();
  });
});
