import { describe, expect, it } from 'vitest';
import { trackingStatusOfIndicator } from './trackingStatusOfIndicator.js';

const before = { asOf: '2024-06-30', deadline: '2025-12-31' };
const after = { asOf: '2026-03-01', deadline: '2025-12-31' };

describe('trackingStatusOfIndicator', () => {
  it('maps achieved to done, before and after the deadline', () => {
    expect(trackingStatusOfIndicator('achieved', before)).toBe('done');
    expect(trackingStatusOfIndicator('achieved', after)).toBe('done');
  });

  it('says on track for ahead and on_track, at risk when the projection misses: never both', () => {
    expect(trackingStatusOfIndicator('ahead', before)).toBe('on_track');
    expect(trackingStatusOfIndicator('on_track', { ...before, onPace: true })).toBe('on_track');
    expect(trackingStatusOfIndicator('on_track', { ...before, onPace: false })).toBe('at_risk');
    expect(trackingStatusOfIndicator('ahead', { ...before, onPace: null })).toBe('on_track');
  });

  it('says at risk for behind and regressing before the deadline, overdue after', () => {
    expect(trackingStatusOfIndicator('behind', before)).toBe('at_risk');
    expect(trackingStatusOfIndicator('regressing', before)).toBe('at_risk');
    expect(trackingStatusOfIndicator('behind', after)).toBe('overdue');
    expect(trackingStatusOfIndicator('regressing', after)).toBe('overdue');
    expect(trackingStatusOfIndicator('on_track', after)).toBe('overdue');
  });

  it('counts the deadline day as on time', () => {
    expect(
      trackingStatusOfIndicator('behind', { asOf: '2025-12-31', deadline: '2025-12-31' }),
    ).toBe('at_risk');
  });

  it('says not reported for no data', () => {
    expect(trackingStatusOfIndicator('no_data', before)).toBe('not_reported');
    expect(trackingStatusOfIndicator('no_data', after)).toBe('not_reported');
  });
});
