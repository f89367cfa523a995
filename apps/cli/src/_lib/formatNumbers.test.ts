import { describe, expect, it } from 'vitest';
import { formatNumber, formatShare } from './formatNumbers.js';

describe('formatShare', () => {
  it('writes a share as a percentage with one decimal', () => {
    expect(formatShare(0.7654)).toBe('76.5%');
    expect(formatShare(0.6)).toBe('60%');
    expect(formatShare(-0.24)).toBe('-24%');
  });
  it('writes a dash for a missing share', () => {
    expect(formatShare(null)).toBe('—');
    expect(formatShare(Number.NaN)).toBe('—');
  });
});

describe('formatNumber', () => {
  it('keeps at most the decimals asked for, without trailing zeros', () => {
    expect(formatNumber(59.534)).toBe('59.53');
    expect(formatNumber(44.1)).toBe('44.1');
    expect(formatNumber(1200)).toBe('1200');
  });
  it('never writes -0', () => {
    expect(formatNumber(-0.001)).toBe('0');
  });
});
