import { describe, expect, it } from 'vitest';
import { planEndDate, planHasEnded } from './planPeriod.js';

describe('planHasEnded', () => {
  const plan = { period: { start: 2021, end: 2025 } };

  it('is false the day before the last day of the period', () => {
    expect(planEndDate(plan)).toBe('2025-12-31');
    expect(planHasEnded(plan, '2025-12-30')).toBe(false);
  });

  it('is true from the last day on (the final evaluation)', () => {
    expect(planHasEnded(plan, '2025-12-31')).toBe(true);
    expect(planHasEnded(plan, '2026-01-01')).toBe(true);
  });

  it('is false before the plan starts', () => {
    expect(planHasEnded(plan, '2019-06-30')).toBe(false);
  });
});
