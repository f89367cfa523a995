import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { assessColumns, columnStatuses } from './assessColumns.js';
import type { Method } from './schema/assessInput.js';

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
