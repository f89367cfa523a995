import { describe, expect, it } from 'vitest';
import { planDays, reportTimeBase } from './reportTimeBase.js';

const ordos = { start: '2021-01-01', end: '2025-12-31' };

describe('reportTimeBase', () => {
  it('judges an annual report on its year end', () => {
    expect(reportTimeBase('annual', ordos, '2024')).toEqual({
      kind: 'annual',
      period: '2024',
      from: '2024-01-01',
      asOf: '2024-12-31',
      label: { zh: '2024年度监测', en: 'Annual monitoring 2024' },
    });
  });

  it('clips an annual report to the plan period', () => {
    const plan = { start: '2021-07-01', end: '2023-06-30' };
    expect(reportTimeBase('annual', plan, '2021')).toMatchObject({
      from: '2021-07-01',
      asOf: '2021-12-31',
    });
    expect(reportTimeBase('annual', plan, '2023')).toMatchObject({
      from: '2023-01-01',
      asOf: '2023-06-30',
    });
  });

  it('judges the mid-term evaluation of 2021–2025 on 2023-12-31', () => {
    expect(reportTimeBase('midterm', ordos)).toEqual({
      kind: 'midterm',
      period: 'midterm',
      from: '2021-01-01',
      asOf: '2023-12-31',
      label: { zh: '中期评估（截至2023年12月31日）', en: 'Mid-term evaluation (as of 2023-12-31)' },
    });
    expect(reportTimeBase('midterm', ordos, 'midterm').asOf).toBe('2023-12-31');
  });

  it('takes the midpoint year first + floor((last − first) / 2) for other lengths', () => {
    expect(reportTimeBase('midterm', { start: '2021-01-01', end: '2026-12-31' }).asOf).toBe(
      '2023-12-31',
    );
    expect(reportTimeBase('midterm', { start: '2021-01-01', end: '2022-12-31' }).asOf).toBe(
      '2021-12-31',
    );
    expect(reportTimeBase('midterm', { start: '2021-01-01', end: '2021-06-30' }).asOf).toBe(
      '2021-06-30',
    );
  });

  it('judges the final evaluation on the plan end', () => {
    expect(reportTimeBase('final', ordos)).toMatchObject({
      period: 'final',
      from: '2021-01-01',
      asOf: '2025-12-31',
      label: { zh: '总结评估（截至2025年12月31日）', en: 'Final evaluation (as of 2025-12-31)' },
    });
  });

  it('throws a RangeError naming a bad period', () => {
    expect(() => reportTimeBase('annual', ordos)).toThrow(
      /period: an annual report needs its year/,
    );
    expect(() => reportTimeBase('annual', ordos, '24')).toThrow(RangeError);
    expect(() => reportTimeBase('annual', ordos, '2026')).toThrow(
      /2026 is outside the plan period 2021–2025/,
    );
    expect(() => reportTimeBase('annual', ordos, '2020')).toThrow(RangeError);
    expect(() => reportTimeBase('final', ordos, '2025')).toThrow(
      /a final report's period is "final"/,
    );
  });

  it('throws a RangeError naming a bad kind or plan period', () => {
    expect(() => reportTimeBase('weekly' as 'annual', ordos)).toThrow(
      /kind: expected one of annual, midterm, final/,
    );
    expect(() => reportTimeBase('final', { start: '2021', end: '2025-12-31' })).toThrow(
      /plan.start/,
    );
    expect(() => reportTimeBase('final', { start: '2021-01-01', end: '2025-02-30' })).toThrow(
      /plan.end/,
    );
    expect(() => reportTimeBase('final', { start: '2026-01-01', end: '2025-12-31' })).toThrow(
      /start 2026-01-01 is after the end/,
    );
  });
});

describe('planDays', () => {
  it('turns a plan period of years into its first and last day', () => {
    expect(planDays({ start: 2021, end: 2025 })).toEqual(ordos);
  });
});
