import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { assessColumns, columnStatuses } from './assessColumns.js';
import type { Method } from './schema/assessInput.js';
import { ScoringInputError } from './scoringInputError.js';

const seriesList = [
  [50, 52, 55, 59],
  [50, 49, 48, 47],
  [10, 30, 50, 70],
  [80, 80.5, 81, 81.2],
  [0, 1, 2, 3],
];
const targets = [65, 60, 80, 81, 11];

function columns() {
  const offsets = new Int32Array(seriesList.length + 1);
  const years: number[] = [];
  const values: number[] = [];
  seriesList.forEach((series, i) => {
    series.forEach((value, j) => {
      years.push(2020 + j);
      values.push(value);
    });
    offsets[i + 1] = years.length;
  });
  return {
    offsets,
    years: Float64Array.from(years),
    values: Float64Array.from(values),
    targetYears: Float64Array.from(targets.map(() => 2025)),
    targetValues: Float64Array.from(targets),
  };
}

describe('assessColumns', () => {
  for (const method of ['time-progress', 'open-sdg', 'unsd-2023', 'weather', 'sdsn'] as Method[]) {
    it(`gives the statuses assess gives (${method})`, () => {
      const { status } = assessColumns(method, 'increase', columns());
      seriesList.forEach((values, i) => {
        const single = assess({
          method,
          direction: 'increase',
          series: values.map((value, j) => ({ year: 2020 + j, value })),
          target: { year: 2025, value: targets[i] as number },
        });
        expect(columnStatuses[method][status[i] as number]).toBe(single.status);
      });
    });
  }

  it('gives the scores assess gives', () => {
    const { score } = assessColumns('open-sdg', 'increase', columns());
    const single = assess({
      method: 'open-sdg',
      direction: 'increase',
      series: [50, 52, 55, 59].map((value, j) => ({ year: 2020 + j, value })),
      target: { year: 2025, value: 65 },
    });
    expect(score[0]).toBeCloseTo(single.score as number, 4);
  });

  it('refuses columns that do not fit together', () => {
    const bad = { ...columns(), targetValues: new Float64Array(1) };
    expect(() => assessColumns('open-sdg', 'increase', bad)).toThrow(
      /targetYears: needs one target year and value per series/,
    );
    const unordered = columns();
    unordered.years[1] = 2020;
    expect(() => assessColumns('open-sdg', 'increase', unordered)).toThrow(/years must increase/);
    const fractional = columns();
    fractional.years[2] = 2021.5;
    expect(() => assessColumns('time-progress', 'increase', fractional)).toThrow(
      /years\[2\] is not a whole four-digit year/,
    );
  });
});

/** One series both ways: as `assess` takes it and as one column of `assessColumns`. */
type Case = {
  years: number[];
  values: number[];
  targetYear: number;
  /** NaN: no target. */
  targetValue: number;
  options?: { limit?: number; onTrackTolerance?: number };
};

function runAssess(method: Method, c: Case) {
  return assess({
    method,
    direction: 'increase',
    series: c.years.map((year, i) => ({ year, value: c.values[i] as number })),
    ...(Number.isNaN(c.targetValue)
      ? {}
      : { target: { year: c.targetYear, value: c.targetValue } }),
    ...(c.options?.limit !== undefined ? { limit: c.options.limit } : {}),
    ...(c.options?.onTrackTolerance !== undefined
      ? { onTrackTolerance: c.options.onTrackTolerance }
      : {}),
  });
}

function runColumns(method: Method, c: Case) {
  return assessColumns(
    method,
    'increase',
    {
      offsets: Int32Array.of(0, c.years.length),
      years: Float64Array.from(c.years),
      values: Float64Array.from(c.values),
      targetYears: Float64Array.of(c.targetYear),
      targetValues: Float64Array.of(c.targetValue),
    },
    c.options,
  );
}

function refuses(run: () => unknown): boolean {
  try {
    run();
    return false;
  } catch (error) {
    if (error instanceof ScoringInputError) return true;
    throw error;
  }
}

const methods: Method[] = ['time-progress', 'open-sdg', 'unsd-2023', 'weather', 'sdsn'];

describe('assessColumns refuses exactly what assess refuses', () => {
  const ok: Case = { years: [2020, 2022], values: [50, 55], targetYear: 2025, targetValue: 60 };
  const invalid: [string, Case][] = [
    ['a target year equal to the base year', { ...ok, targetYear: 2020 }],
    ['a target year before the base year', { ...ok, targetYear: 2019 }],
    ['a target value that is not finite', { ...ok, targetValue: Number.POSITIVE_INFINITY }],
    ['a target year that is not whole', { ...ok, targetYear: 2025.5 }],
    ['a value that is not finite', { ...ok, values: [50, Number.NaN] }],
    ['duplicate years', { ...ok, years: [2020, 2020] }],
    ['a year that is not whole', { ...ok, years: [2020, 2021.5] }],
    ['a tolerance above 1', { ...ok, options: { onTrackTolerance: 2 } }],
    ['a limit that is not finite', { ...ok, options: { limit: Number.POSITIVE_INFINITY } }],
  ];
  const valid: [string, Case][] = [
    ['a target after the base', ok],
    ['no target (NaN), whatever its year', { ...ok, targetYear: 2020, targetValue: Number.NaN }],
    ['a single point', { ...ok, years: [2020], values: [50] }],
    ['zero and negative values', { ...ok, values: [0, -5], targetValue: -10 }],
  ];
  describe.each(methods)('%s', (method) => {
    it.each(invalid)('refuses %s, as assess does', (_, c) => {
      expect(refuses(() => runAssess(method, c))).toBe(true);
      expect(refuses(() => runColumns(method, c))).toBe(true);
    });
    it.each(valid)('accepts %s, as assess does', (_, c) => {
      expect(refuses(() => runAssess(method, c))).toBe(false);
      expect(refuses(() => runColumns(method, c))).toBe(false);
    });
  });

  it('agrees with assess on random series in time order', () => {
    const number = fc.oneof(
      { weight: 8, arbitrary: fc.double({ min: -100, max: 100, noNaN: true }) },
      { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY) },
    );
    const year = fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 2015, max: 2030 }) },
      { weight: 1, arbitrary: fc.constantFrom(2020.5, 999) },
    );
    const arbitraryCase = fc.record({
      years: fc
        .array(year, { minLength: 1, maxLength: 4 })
        .map((list) => [...list].sort((a, b) => a - b)),
      values: fc.array(number, { minLength: 4, maxLength: 4 }),
      targetYear: year,
      targetValue: number,
    });
    fc.assert(
      fc.property(fc.constantFrom(...methods), arbitraryCase, (method, raw) => {
        const c = { ...raw, values: raw.values.slice(0, raw.years.length) };
        expect(refuses(() => runColumns(method, c))).toBe(refuses(() => runAssess(method, c)));
      }),
      { numRuns: 1000 },
    );
  });
});
