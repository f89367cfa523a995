import { describe, expect, it } from 'vitest';
import {
  formatCompletion,
  formatDate,
  formatDifference,
  formatNumber,
  formatPeriod,
  formatPrintedNumbers,
  formatShare,
} from './format.js';

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

describe('formatNumber and formatShare write what Intl.NumberFormat writes', () => {
  // A fixed pseudo-random sequence (xorshift), so a failure can be replayed.
  let seed = 0x2545f491;
  const random = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  const values = [
    0, -0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.005, 1.005, 1.0049999, 0.125, 0.135, 98.555, 999.995,
    999999.5, 12729, 1486, 1200, 0.0001, 1e-7, 1.5e-7, 123456789.987654, 9.995, -0.004, -0.005,
    0.994, 0.995, 0.9995, 1e20, 4.35, 1.45, 8.675, 0.615,
  ];
  for (let i = 0; i < 400; i++) {
    const scale = 10 ** Math.floor(random() * 12 - 5);
    values.push((random() - 0.3) * scale, Math.round(random() * 100000) / 1000);
  }
  it.each(['zh', 'en'] as const)('in %s, for 0–3 decimals', (locale) => {
    const intl = locale === 'zh' ? 'zh-CN' : 'en-GB';
    for (const value of values)
      for (const decimals of [0, 1, 2, 3]) {
        const number = new Intl.NumberFormat(intl, { maximumFractionDigits: decimals });
        const percent = new Intl.NumberFormat(intl, {
          style: 'percent',
          maximumFractionDigits: decimals,
          minimumFractionDigits: 0,
        });
        expect(formatNumber(value, locale, decimals), `${value} ${decimals}`).toBe(
          number.format(value),
        );
        expect(formatShare(value, locale, decimals), `${value} ${decimals} %`).toBe(
          percent.format(value),
        );
      }
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

  it('writes what Intl.DateTimeFormat writes (zh-CN long month, en-GB short month, UTC)', () => {
    const intl = {
      zh: new Intl.DateTimeFormat('zh-CN', {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        timeZone: 'UTC',
      }),
      en: new Intl.DateTimeFormat('en-GB', {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC',
      }),
    };
    for (const day of ['2021-01-01', '2024-02-29', '2025-09-05', '2030-12-31', '2023-02-31']) {
      for (let month = 1; month <= 12; month++) {
        const iso = `${day.slice(0, 5)}${String(month).padStart(2, '0')}${day.slice(7)}`;
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
        const date = new Date(Date.UTC(y, m - 1, d));
        expect(formatDate(iso, 'zh')).toBe(intl.zh.format(date));
        expect(formatDate(iso, 'en')).toBe(intl.en.format(date));
      }
    }
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

describe('formatCompletion', () => {
  it('caps the figure shown at 100% and keeps the uncapped one for the details', () => {
    expect(formatCompletion(5, 'zh')).toEqual({ text: '100%', exceeded: true, uncapped: '500%' });
    expect(formatCompletion(1, 'en')).toEqual({ text: '100%', exceeded: false, uncapped: '100%' });
  });

  it('shows a figure below 100% (and below 0) as it is, and a dash without one', () => {
    expect(formatCompletion(0.634, 'en')).toMatchObject({ text: '63%', exceeded: false });
    expect(formatCompletion(-0.2, 'zh').text).toBe('-20%');
    expect(formatCompletion(null, 'zh')).toEqual({ text: '—', exceeded: false, uncapped: '—' });
  });
});

describe('formatDifference', () => {
  const percent = { zh: '%', en: '%', kind: 'percent' };
  const schools = { zh: '所', en: 'schools', kind: 'count' };

  it('writes a difference of percentages in percentage points', () => {
    expect(formatDifference(2.34, percent, 'zh', 1)).toBe('+2.3个百分点');
    expect(formatDifference(-10, 'points', 'en', 1)).toBe('\u221210 pp');
  });

  it('writes any other difference in the indicator’s unit', () => {
    expect(formatDifference(-12, schools, 'zh')).toBe('\u221212所');
    expect(formatDifference(1486, schools, 'en')).toBe('+1,486 schools');
    expect(formatDifference(0.5, { zh: 'Mbps/校', en: 'Mbps per school' }, 'zh')).toBe(
      '+0.5 Mbps/校',
    );
  });

  it('has no sign at zero and a dash without a figure', () => {
    expect(formatDifference(0, schools, 'zh')).toBe('0所');
    expect(formatDifference(null, schools, 'zh')).toBe('—');
  });
});

describe('formatPrintedNumbers', () => {
  it('groups a printed figure of four or more digits as formatNumber does', () => {
    expect(formatPrintedNumbers('1200', 'zh')).toBe(formatNumber(1200, 'zh'));
    expect(formatPrintedNumbers('≥12729', 'en')).toBe('≥12,729');
  });

  it('keeps smaller figures, decimals and ratios as printed', () => {
    expect(formatPrintedNumbers('≥95.0', 'zh')).toBe('≥95.0');
    expect(formatPrintedNumbers('35 ：65', 'zh')).toBe('35 ：65');
    expect(formatPrintedNumbers('1200.50', 'en')).toBe('1,200.50');
    expect(formatPrintedNumbers('1,486', 'en')).toBe('1,486');
  });
});
