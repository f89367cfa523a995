import { describe, expect, it } from 'vitest';
import { defaultAsOf } from './defaultAsOf.js';

const plan = { start: '2021-01-01', end: '2025-12-31' };

describe('defaultAsOf', () => {
  it('takes the latest date with data inside the plan period', () => {
    expect(defaultAsOf({ plan, latestDataDate: '2023-12-31', today: '2024-06-30' })).toMatchObject({
      asOf: '2023-12-31',
      rule: 'latest-data',
    });
  });

  it('takes the plan’s end once today is after it, whatever the data (the final evaluation)', () => {
    const chosen = defaultAsOf({ plan, latestDataDate: '2023-12-31', today: '2026-12-02' });
    expect(chosen).toMatchObject({ asOf: '2025-12-31', rule: 'plan-end' });
    expect(chosen.explanation.zh).toContain('总结评估');
  });

  it('judges on the plan’s last day by the data, not yet by the end rule', () => {
    expect(defaultAsOf({ plan, latestDataDate: '2025-12-31', today: '2025-12-31' })).toMatchObject({
      asOf: '2025-12-31',
      rule: 'latest-data',
    });
  });

  it('never goes after today when data are dated later', () => {
    expect(defaultAsOf({ plan, latestDataDate: '2024-12-31', today: '2024-06-30' })).toMatchObject({
      asOf: '2024-06-30',
      rule: 'today',
    });
  });

  it('takes the plan’s start without data in the period (a baseline before it does not count)', () => {
    expect(defaultAsOf({ plan, latestDataDate: null, today: '2022-03-01' })).toMatchObject({
      asOf: '2021-01-01',
      rule: 'plan-start',
    });
    expect(defaultAsOf({ plan, latestDataDate: '2020-12-31', today: '2022-03-01' }).rule).toBe(
      'plan-start',
    );
  });

  it('takes today before the plan starts', () => {
    expect(defaultAsOf({ plan, latestDataDate: null, today: '2020-06-30' })).toMatchObject({
      asOf: '2020-06-30',
      rule: 'today',
    });
  });

  it('reads a date-time by its day', () => {
    expect(
      defaultAsOf({ plan, latestDataDate: '2023-06-30T08:00:00Z', today: '2024-01-01' }).asOf,
    ).toBe('2023-06-30');
  });
});
