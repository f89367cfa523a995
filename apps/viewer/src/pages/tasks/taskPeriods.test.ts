import { describe, expect, it } from 'vitest';
import { taskPeriods } from './taskPeriods.js';

const plan = { period: { start: 2021, end: 2025 } };

describe('taskPeriods', () => {
  it('offers the years begun by the as-of date, the last ended one first', () => {
    const { periods, preferred } = taskPeriods(plan, 'year', '2024-06-30', null);
    expect(periods.map((period) => period.id)).toEqual(['2021', '2022', '2023', '2024']);
    expect(preferred).toBe('2023');
  });

  it('prefers the period the API says is due next', () => {
    expect(taskPeriods(plan, 'half', '2024-06-30', '2024-H1').preferred).toBe('2024-H1');
    expect(taskPeriods(plan, 'year', '2024-06-30', '2030').preferred).toBe('2023');
  });

  it('offers quarters, and only the plan’s periods after it has ended', () => {
    const quarters = taskPeriods(plan, 'quarter', '2021-05-01', null);
    expect(quarters.periods.map((period) => period.id)).toEqual(['2021-Q1', '2021-Q2']);
    expect(quarters.preferred).toBe('2021-Q1');
    const after = taskPeriods(plan, 'year', '2026-12-02', null);
    expect(after.periods.at(-1)?.id).toBe('2025');
    expect(after.preferred).toBe('2025');
  });

  it('offers the plan’s first period before the plan begins', () => {
    expect(taskPeriods(plan, 'year', '2020-06-30', null)).toMatchObject({
      periods: [{ id: '2021' }],
      preferred: '2021',
    });
  });
});
