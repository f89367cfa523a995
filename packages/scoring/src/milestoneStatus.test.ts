import { describe, expect, it } from 'vitest';
import { milestoneStatus } from './milestoneStatus.js';

const threeSchools = {
  id: 'new-schools',
  comparator: 'gte' as const,
  value: 3,
  deadline: { year: 2024 },
};
const values = [
  { year: 2022, value: 1 },
  { year: 2023, value: 2 },
];

describe('milestoneStatus', () => {
  it('is met when the latest value meets the target', () => {
    const result = milestoneStatus(threeSchools, [...values, { date: '2024-06-30', value: 3 }], {
      asOf: '2024-07-01',
    });
    expect(result.status).toBe('met');
    expect(result.firstMet).toBe('2024-06-30');
    expect(result.metLate).toBe(false);
    expect(result.label).toEqual({ zh: '已完成', en: 'Met' });
  });

  it('is met, and late, when the target was reached after the deadline', () => {
    const result = milestoneStatus(threeSchools, [...values, { year: 2025, value: 3 }], {
      asOf: '2026-01-01',
    });
    expect(result.status).toBe('met');
    expect(result.metLate).toBe(true);
  });

  it('is on track while the deadline is more than dueSoonDays away', () => {
    const result = milestoneStatus(threeSchools, values, { asOf: '2024-06-30' });
    expect(result.status).toBe('on_track');
    expect(result.daysToDeadline).toBe(184);
    expect(result.projectedAtDeadline).toBe(3);
    expect(result.onPace).toBe(true);
  });

  it('is due soon within 90 days of the deadline (or the days given)', () => {
    expect(milestoneStatus(threeSchools, values, { asOf: '2024-11-15' }).status).toBe('due_soon');
    expect(
      milestoneStatus(threeSchools, values, { asOf: '2024-11-15', dueSoonDays: 30 }).status,
    ).toBe('on_track');
    expect(milestoneStatus(threeSchools, values, { asOf: '2024-12-31' }).daysToDeadline).toBe(0);
  });

  it('is overdue once the deadline has passed unmet', () => {
    const result = milestoneStatus(threeSchools, values, { asOf: '2025-01-10' });
    expect(result.status).toBe('overdue');
    expect(result.daysToDeadline).toBe(-10);
    expect(result.explanation.en).toContain('passed 10 days ago');
  });

  it('has no data without a value on or before asOf', () => {
    expect(milestoneStatus(threeSchools, [], { asOf: '2024-01-01' }).status).toBe('no_data');
    expect(milestoneStatus(threeSchools, values, { asOf: '2021-06-30' }).status).toBe('no_data');
  });

  it('uses the exact deadline date when there is one', () => {
    const result = milestoneStatus(
      { ...threeSchools, deadline: { year: 2024, date: '2024-09-01' } },
      values,
      { asOf: '2024-08-01' },
    );
    expect(result.deadline).toBe('2024-09-01');
    expect(result.deadlineInferred).toBe(false);
    expect(result.status).toBe('due_soon');
  });

  it('reads ≤ targets as decreases', () => {
    const result = milestoneStatus(
      { id: 'myopia', comparator: 'lte', value: 56, deadline: { year: 2025 } },
      [{ year: 2023, value: 55.5 }],
      { asOf: '2024-03-31' },
    );
    expect(result.status).toBe('met');
  });

  it('accepts a @plan/projects target as it is, ignoring fields it does not need', () => {
    const projectTarget = {
      ...threeSchools,
      kind: 'quantity',
      metric: { zh: '新建学校', en: 'New schools' },
      unit: '所',
      deadline: { year: 2024, inferred: true },
    };
    expect(milestoneStatus(projectTarget, values, { asOf: '2024-06-30' }).deadlineInferred).toBe(
      true,
    );
  });

  it('refuses a bad milestone, bad values or a missing asOf', () => {
    expect(() =>
      milestoneStatus({ ...threeSchools, comparator: 'between' }, values, { asOf: '2024-01-01' }),
    ).toThrow(/milestone:\n- upper/);
    expect(() =>
      milestoneStatus(threeSchools, [{ year: 2023, value: Number.POSITIVE_INFINITY }], {
        asOf: '2024-01-01',
      }),
    ).toThrow(/values:\n- \[0\]\.value/);
    expect(() => milestoneStatus(threeSchools, values, {} as { asOf: string })).toThrow(
      /options:\n- asOf/,
    );
  });
});
