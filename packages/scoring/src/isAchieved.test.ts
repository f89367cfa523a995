import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { isAchieved } from './isAchieved.js';
import type { Method } from './schema/assessInput.js';

const methods: Method[] = ['time-progress', 'open-sdg', 'unsd-2023', 'weather', 'sdsn'];
const series = (latest: number) => [
  { year: 2019, value: 48 },
  { year: 2020, value: 50 },
  { year: 2021, value: 54 },
  { year: 2022, value: 57 },
  { year: 2023, value: latest },
];

describe('isAchieved', () => {
  it.each(methods)('says a met target is met, whichever way %s words it', (method) => {
    const met = assess({
      method,
      direction: 'increase',
      series: series(61),
      target: { year: 2025, value: 60 },
    });
    const notMet = assess({
      method,
      direction: 'increase',
      series: series(58),
      target: { year: 2025, value: 60 },
    });
    expect(isAchieved(met)).toBe(true);
    expect(isAchieved(notMet)).toBe(false);
  });

  it('is false without a result', () => {
    expect(isAchieved(null)).toBe(false);
  });
});
