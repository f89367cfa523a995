import { describe, expect, it } from 'vitest';
import { ScoringInputError } from '../scoringInputError.js';
import { lastDuePeriod, reportingPeriods } from './reportingPeriods.js';

const plan = { periodStart: '2021-01-01', periodEnd: '2025-12-31' };

describe('reportingPeriods', () => {
  it('lists years, halves and quarters overlapping the span, with first and last days', () => {
    expect(reportingPeriods('year', '2021-01-01', '2022-12-31')).toEqual([
      { id: '2021', start: '2021-01-01', end: '2021-12-31' },
      { id: '2022', start: '2022-01-01', end: '2022-12-31' },
    ]);
    expect(reportingPeriods('half', '2024-03-01', '2024-12-31').map((p) => p.id)).toEqual([
      '2024-H1',
      '2024-H2',
    ]);
    expect(reportingPeriods('quarter', '2024-05-15', '2024-08-01')).toEqual([
      { id: '2024-Q2', start: '2024-04-01', end: '2024-06-30' },
      { id: '2024-Q3', start: '2024-07-01', end: '2024-09-30' },
    ]);
    expect(reportingPeriods('quarter', '2024-01-01', '2024-12-31')[0]?.end).toBe('2024-03-31');
    expect(reportingPeriods('year', '2021-01-01', '2025-12-31')).toHaveLength(5);
  });

  it('refuses an unknown cycle or a date that is not one, naming it', () => {
    expect(() => reportingPeriods('month' as never, '2021-01-01', '2021-12-31')).toThrow(
      ScoringInputError,
    );
    expect(() => reportingPeriods('year', '2021-13-01', '2021-12-31')).toThrow(/from/);
  });
});

describe('lastDuePeriod', () => {
  it('gives the latest period whose end plus 30 days has passed', () => {
    expect(lastDuePeriod('year', '2024-01-30', plan)).toEqual({
      id: '2023',
      start: '2023-01-01',
      end: '2023-12-31',
      dueBy: '2024-01-30',
    });
    expect(lastDuePeriod('year', '2024-01-29', plan)?.id).toBe('2022');
    expect(lastDuePeriod('quarter', '2024-05-01', plan)?.id).toBe('2024-Q1');
    expect(lastDuePeriod('half', '2024-07-31', plan)?.id).toBe('2024-H1');
  });

  it('is null before the first report is due, and the last period once the plan is over', () => {
    expect(lastDuePeriod('year', '2021-06-30', plan)).toBeNull();
    expect(lastDuePeriod('year', '2026-12-02', plan)).toEqual({
      id: '2025',
      start: '2025-01-01',
      end: '2025-12-31',
      dueBy: '2026-01-30',
    });
  });

  it('takes other grace days', () => {
    expect(lastDuePeriod('year', '2024-01-01', { ...plan, graceDays: 0 })?.id).toBe('2023');
    expect(() => lastDuePeriod('year', '2024-01-01', { ...plan, graceDays: -1 })).toThrow(
      /graceDays/,
    );
  });
});
