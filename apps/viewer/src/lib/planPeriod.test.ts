import { describe, expect, it } from 'vitest';
import { planEndDate, planHasEnded } from './planPeriod.js';

describe('planHasEnded', () => {
  const plan = { period: { start: 2021, end: 2025 } };

  it('is false on the last day of the period', () => {
    expect(planEndDate(plan)).toBe('2025-12-31');
    expect(planHasEnded(plan, '2025-12-31')).toBe(false);
  });

  it('is true from the day after the end', () => {
    expect(planHasEnded(plan, '2026-01-01')).toBe(true);
  });

  it('is false before the plan starts', () => {
    expect(planHasEnded(plan, '2019-06-30')).toBe(false);
  });
});
