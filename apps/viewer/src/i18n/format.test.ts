import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPeriod, formatShare } from './format.js';

describe('formatNumber', () => {
  it('groups thousands and keeps at most the given decimals', () => {
    expect(formatNumber(12729, 'en')).toBe('12,729');
    expect(formatNumber(98.555, 'zh')).toBe('98.56');
    expect(formatNumber(3.1, 'en', 0)).toBe('3');
  });

  it('writes a dash for a missing or non-finite number, never 0', () => {
    expect(formatNumber(null, 'zh')).toBe('—');
    expect(formatNumber(undefined, 'en')).toBe('—');
    expect(formatNumber(Number.NaN, 'en')).toBe('—');
  });

  it('keeps zero and negative values', () => {
    expect(formatNumber(0, 'en')).toBe('0');
    expect(formatNumber(-0.24, 'zh')).toBe('-0.24');
  });
});

describe('formatShare', () => {
  it('writes a share of 1 as a percentage', () => {
    expect(formatShare(0.634, 'en')).toBe('63%');
    expect(formatShare(0.634, 'zh', 1)).toBe('63.4%');
    expect(formatShare(null, 'zh')).toBe('—');
  });
});

describe('formatDate', () => {
  it('writes a day in each language without shifting it by the time zone', () => {
    expect(formatDate('2023-12-31', 'zh')).toBe('2023年12月31日');
    expect(formatDate('2023-12-31', 'en')).toBe('31 Dec 2023');
    expect(formatDate('2024-01-01T00:00:00.000Z', 'en')).toBe('1 Jan 2024');
  });

  it('leaves text that is not a date as it is', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
    expect(formatDate(null, 'en')).toBe('—');
  });
});

describe('formatPeriod', () => {
  it('writes a yearly value by its year and a dated one by its day', () => {
    expect(formatPeriod({ period: 'year', year: 2023, date: '2023-12-31' }, 'zh')).toBe('2023年');
    expect(formatPeriod({ period: 'year', year: 2023, date: '2023-12-31' }, 'en')).toBe('2023');
    expect(formatPeriod({ period: 'date', year: 2024, date: '2024-06-30' }, 'en')).toBe(
      '30 Jun 2024',
    );
  });
});
