import { describe, expect, it } from 'vitest';
import { planYears, reportChoiceFrom, reportChoiceParams } from './reportChoice.js';

const plan = { period: { start: 2021, end: 2025 } };
const from = (search: string, today = '2024-06-30') =>
  reportChoiceFrom(new URLSearchParams(search), plan, today);

describe('reportChoiceFrom', () => {
  it('reads the kind and year the URL names', () => {
    expect(from('kind=annual&year=2023')).toEqual({ kind: 'annual', period: '2023' });
    expect(from('kind=midterm')).toEqual({ kind: 'midterm', period: 'midterm' });
    expect(from('kind=final')).toEqual({ kind: 'final', period: 'final' });
  });

  it('defaults to the annual report of the last year that has ended, inside the plan', () => {
    expect(from('')).toEqual({ kind: 'annual', period: '2023' });
    expect(from('kind=annual&year=2030')).toEqual({ kind: 'annual', period: '2023' });
    expect(from('', '2021-03-01')).toEqual({ kind: 'annual', period: '2021' });
  });

  it('defaults to the final evaluation once the plan is over', () => {
    expect(from('', '2026-12-02')).toEqual({ kind: 'final', period: 'final' });
    expect(from('kind=weekly', '2026-12-02')).toEqual({ kind: 'final', period: 'final' });
    expect(from('kind=annual', '2026-12-02')).toEqual({ kind: 'annual', period: '2025' });
  });
});

describe('reportChoiceParams', () => {
  it('names a report in the URL', () => {
    expect(reportChoiceParams({ kind: 'annual', period: '2024' })).toEqual({
      kind: 'annual',
      year: '2024',
    });
    expect(reportChoiceParams({ kind: 'midterm', period: 'midterm' })).toEqual({ kind: 'midterm' });
  });
});

describe('planYears', () => {
  it('lists the years of the plan period', () => {
    expect(planYears(plan.period)).toEqual([2021, 2022, 2023, 2024, 2025]);
  });
});
