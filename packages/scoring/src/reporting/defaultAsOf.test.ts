import { describe, expect, it } from 'vitest';
import { defaultAsOf } from './defaultAsOf.js';

const plan = { start: '2021-01-01', end: '2025-12-31' };

describe('defaultAsOf', () => {
  it('takes the latest date with data inside the plan period', () => {
    const result = defaultAsOf({ plan, latestDataDate: '2023-12-31', today: '2024-05-06' });
    expect(result.asOf).toBe('2023-12-31');
    expect(result.rule).toBe('latest-data');
    expect(result.explanation.zh).toContain('2023年12月31日');
    expect(result.explanation.en).toContain('2023-12-31');
  });

  it('takes the plan end once today is after it (final evaluation), whatever the data', () => {
    for (const latestDataDate of ['2023-12-31', null]) {
      const result = defaultAsOf({ plan, latestDataDate, today: '2026-12-02' });
      expect(result).toMatchObject({ asOf: '2025-12-31', rule: 'plan-end' });
      expect(result.explanation.zh).toContain('总结评估');
    }
  });

  it('keeps the latest data on the plan end day itself', () => {
    expect(defaultAsOf({ plan, latestDataDate: '2025-12-31', today: '2025-12-31' })).toMatchObject({
      asOf: '2025-12-31',
      rule: 'latest-data',
    });
  });

  it('never judges a day after today', () => {
    expect(defaultAsOf({ plan, latestDataDate: '2024-12-31', today: '2024-06-30' })).toMatchObject({
      asOf: '2024-06-30',
      rule: 'today',
    });
    expect(defaultAsOf({ plan, latestDataDate: null, today: '2020-06-30' })).toMatchObject({
      asOf: '2020-06-30',
      rule: 'today',
    });
  });

  it('takes the plan start when there is no data inside the plan period', () => {
    for (const latestDataDate of [null, '2020-12-31']) {
      const result = defaultAsOf({ plan, latestDataDate, today: '2022-03-01' });
      expect(result).toMatchObject({ asOf: '2021-01-01', rule: 'plan-start' });
      expect(result.explanation.en).toContain('no data inside the plan period');
    }
  });

  it('throws a RangeError naming a field that is not a day', () => {
    expect(() => defaultAsOf({ plan, latestDataDate: '2023', today: '2024-01-01' })).toThrow(
      /latestDataDate/,
    );
    expect(() => defaultAsOf({ plan, latestDataDate: null, today: '2024-13-01' })).toThrow(/today/);
    expect(() =>
      defaultAsOf({
        plan: { start: '2025-12-31', end: '2021-01-01' },
        latestDataDate: null,
        today: '2024-01-01',
      }),
    ).toThrow(RangeError);
  });
});
