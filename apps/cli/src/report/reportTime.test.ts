import { describe, expect, it } from 'vitest';
import { reportTime } from './reportTime.js';

const plan = { start: 2021, end: 2025 };

describe('reportTime', () => {
  it('is the final evaluation on the plan’s last day once the plan has ended', () => {
    const time = reportTime({ plan, asOf: '2025-12-31', today: '2026-12-02' });
    expect(time.timeBase).toMatchObject({ kind: 'final', period: 'final', from: '2021-01-01' });
    expect(time.asOf).toBe('2025-12-31');
    expect(time.note).toBeUndefined();
    // Without --as-of after the plan's end: the final evaluation too.
    expect(reportTime({ plan, today: '2026-12-02' })).toMatchObject({
      asOf: '2025-12-31',
      timeBase: { kind: 'final' },
    });
  });

  it('is the annual report of the as-of year inside the plan, judged on the day given', () => {
    const time = reportTime({ plan, asOf: '2023-06-30', today: '2026-12-02' });
    expect(time.timeBase).toMatchObject({ kind: 'annual', period: '2023', asOf: '2023-12-31' });
    expect(time.asOf).toBe('2023-06-30');
    expect(time.note).toContain('2023-12-31');
  });

  it('takes the mid-term time base from the kind, never a day after today', () => {
    expect(reportTime({ plan, kind: 'midterm', today: '2026-01-01' }).asOf).toBe('2023-12-31');
    expect(reportTime({ plan, period: 'midterm', today: '2026-01-01' }).timeBase.kind).toBe(
      'midterm',
    );
    expect(reportTime({ plan, kind: 'annual', period: '2024', today: '2024-05-01' }).asOf).toBe(
      '2024-05-01',
    );
  });

  it('throws a RangeError naming a period outside the plan', () => {
    expect(() => reportTime({ plan, kind: 'annual', period: '2030', today: '2026-01-01' })).toThrow(
      RangeError,
    );
  });
});
