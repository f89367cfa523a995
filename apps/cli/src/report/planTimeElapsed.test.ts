import { describe, expect, it } from 'vitest';
import { planTimeElapsed } from './planTimeElapsed.js';

const plan = { baselineYear: 2020, targetYear: 2025 };

describe('planTimeElapsed', () => {
  it('is 0 at the end of the base year and before it', () => {
    expect(planTimeElapsed(plan, '2020-12-31')).toBe(0);
    expect(planTimeElapsed(plan, '2019-06-30')).toBe(0);
  });

  it('counts calendar days from the end of the base year to the end of the target year', () => {
    // 2021-12-31 is 365 of the 1826 days from 2020-12-31 to 2025-12-31.
    expect(planTimeElapsed(plan, '2021-12-31')).toBeCloseTo(365 / 1826, 6);
    expect(planTimeElapsed(plan, '2023-12-31')).toBeCloseTo(1095 / 1826, 6);
  });

  it('is 1 at the end of the target year and after it', () => {
    expect(planTimeElapsed(plan, '2025-12-31')).toBe(1);
    expect(planTimeElapsed(plan, '2027-01-01')).toBe(1);
  });
});
