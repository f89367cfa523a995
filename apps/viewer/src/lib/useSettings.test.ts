import { describe, expect, it } from 'vitest';
import { isIsoDay, settingsFrom } from './useSettings.js';

const defaults = { asOf: '2024-06-30', region: 'ordos' };

describe('settingsFrom', () => {
  it('defaults to the default as-of date, the plan’s region, time progress and illustrative data shown', () => {
    expect(settingsFrom(new URLSearchParams(), defaults)).toEqual({
      asOf: '2024-06-30',
      region: 'ordos',
      method: 'time-progress',
      illustrative: true,
    });
  });

  it('reads every setting from the URL', () => {
    const params = new URLSearchParams(
      'asOf=2023-12-31&region=dongsheng&method=sdsn&illustrative=0',
    );
    expect(settingsFrom(params, defaults)).toEqual({
      asOf: '2023-12-31',
      region: 'dongsheng',
      method: 'sdsn',
      illustrative: false,
    });
  });

  it('falls back to the defaults for malformed values', () => {
    const params = new URLSearchParams('asOf=2023-02-30&region=%3Cscript%3E&method=guess');
    expect(settingsFrom(params, defaults)).toMatchObject({
      asOf: '2024-06-30',
      region: 'ordos',
      method: 'time-progress',
    });
  });
});

describe('isIsoDay', () => {
  it('accepts real calendar days only', () => {
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2023-02-29')).toBe(false);
    expect(isIsoDay('2023-1-5')).toBe(false);
    expect(isIsoDay(null)).toBe(false);
  });
});
