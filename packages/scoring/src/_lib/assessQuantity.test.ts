import { indicatorById } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { assessQuantity, type IndicatorOptions } from './assessQuantity.js';
import type { QuantitySpec, Text } from './indicatorSpecs.js';

const options: IndicatorOptions = {
  method: 'time-progress',
  asOf: '2024-03-31',
  baselineYear: 2020,
  targetYear: 2025,
  subjectRegion: 'ordos',
  benchmarkRegion: 'inner-mongolia',
  benchmarkName: { zh: '内蒙古', en: 'Inner Mongolia' },
};

const spec = (overrides: Partial<QuantitySpec> = {}): QuantitySpec => ({
  part: null,
  partLabel: null,
  baseline: { value: 58, comparator: 'eq', printed: '58' },
  target: { value: 56, upper: null, comparator: 'eq', printed: '56' },
  targetFrom: 'plan',
  points: [{ year: 2023, value: 57, t: 2023 }],
  benchmark: null,
  ...overrides,
});

describe('assessQuantity', () => {
  const myopia = indicatorById('student-myopia-rate');

  it('scores the series from the plan’s baseline, downwards for a decrease-is-better row', () => {
    const notes: Text[] = [];
    const quantity = assessQuantity(myopia, spec(), options, notes);
    expect(quantity.direction).toBe('decrease');
    expect(quantity.baseline).toEqual({ time: '2020', value: 58, printed: '58', from: 'plan' });
    expect(quantity.latest).toEqual({ time: '2023', value: 57 });
    expect(quantity.result?.status).toBe('behind');
    expect(quantity.target).toMatchObject({ year: 2025, value: 56, from: 'plan' });
    expect(notes).toEqual([]);
  });

  it('leaves out values before the base year, with a note', () => {
    const notes: Text[] = [];
    assessQuantity(
      myopia,
      spec({
        points: [
          { year: 2019, value: 60, t: 2019 },
          { year: 2023, value: 57, t: 2023 },
        ],
      }),
      options,
      notes,
    );
    expect(notes.map((note) => note.en)).toEqual([
      '1 value(s) dated before the base year 2020 are left out.',
    ]);
  });

  it('starts from the first observation when the plan prints no baseline, with a note', () => {
    const notes: Text[] = [];
    const quantity = assessQuantity(
      myopia,
      spec({
        baseline: null,
        points: [
          { year: 2021, value: 58, t: 2021 },
          { year: 2023, value: 57, t: 2023 },
        ],
      }),
      options,
      notes,
    );
    expect(quantity.baseline).toEqual({
      time: '2021',
      value: 58,
      printed: null,
      from: 'observation',
    });
    expect(notes).toHaveLength(1);
  });

  it('has no result, and no zero, when there is nothing to start from', () => {
    const quantity = assessQuantity(myopia, spec({ baseline: null, points: [] }), options, []);
    expect(quantity.result).toBeNull();
    expect(quantity.latest).toBeNull();
  });
});
