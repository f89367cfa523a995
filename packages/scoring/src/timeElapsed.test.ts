import { ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { ScoringInputError } from './scoringInputError.js';
import { timeElapsed } from './timeElapsed.js';
import { timeProgress } from './timeProgress.js';

const period = { baselineYear: 2020, targetYear: 2025 };

describe('timeElapsed', () => {
  it('counts the end of 2023 as 1095 of the 1826 calendar days of 2021–2025', () => {
    expect(timeElapsed(period, '2023-12-31')).toBe(1095 / 1826);
    expect(timeElapsed(period, '2021-12-31')).toBe(365 / 1826);
  });

  it('counts a leap day (2024-02-29 is day 1155)', () => {
    expect(timeElapsed(period, '2024-02-29')).toBe(1155 / 1826);
  });

  it('is 0 at the end of the base year and before the plan starts', () => {
    expect(timeElapsed(period, '2020-12-31')).toBe(0);
    expect(timeElapsed(period, '2020-06-30')).toBe(0);
    expect(timeElapsed(period, '1999-01-01')).toBe(0);
  });

  it('is 1 at the end of the target year and after the plan ends', () => {
    expect(timeElapsed(period, '2025-12-31')).toBe(1);
    expect(timeElapsed(period, '2027-01-01')).toBe(1);
  });

  it('takes the plan itself', () => {
    expect(timeElapsed(ordosPlan, '2023-12-31')).toBe(
      timeElapsed(
        { baselineYear: ordosPlan.baselineYear, targetYear: ordosPlan.targetYear },
        '2023-12-31',
      ),
    );
  });

  it('is the time progress timeProgress reports at the as-of date for a series based in the base year', () => {
    for (const asOf of ['2020-12-31', '2021-03-15', '2023-06-30', '2024-02-29', '2026-01-01']) {
      const result = timeProgress({
        direction: 'increase',
        series: [{ year: 2020, value: 0 }],
        target: { year: 2025, value: 1 },
        asOf,
      });
      expect(result.components.timeProgressAtAsOf).toBeCloseTo(timeElapsed(period, asOf), 6);
    }
  });

  it('refuses a year that is not a whole year, a target year not after the base, and a date that is not ISO', () => {
    expect(() => timeElapsed({ baselineYear: 2020.5, targetYear: 2025 }, '2023-12-31')).toThrow(
      ScoringInputError,
    );
    expect(() => timeElapsed({ baselineYear: 2025, targetYear: 2025 }, '2023-12-31')).toThrow(
      /targetYear: expected a year after the base year 2025/,
    );
    expect(() => timeElapsed(period, '31/12/2023')).toThrow(/asOf: expected an ISO date/);
  });
});
