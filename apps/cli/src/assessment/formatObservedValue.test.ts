import { indicatorById } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { formatObservedValue } from './formatObservedValue.js';

describe('formatObservedValue', () => {
  const plain = indicatorById('regular-exercise-share');
  const split = indicatorById('dual-qualified-teachers-share');

  it('writes a number as it was observed', () => {
    expect(formatObservedValue(44.1, plain, 'zh')).toBe('44.1');
  });

  it('writes a ratio with the full-width colon the plan prints, and a plain one in English', () => {
    expect(formatObservedValue({ ratio: [38, 62] }, plain, 'zh')).toBe('38：62');
    expect(formatObservedValue({ ratio: [38, 62.123456] }, plain, 'en')).toBe('38:62.1235');
  });

  it('names the parts of a split value by their labels, in either language', () => {
    const value = { parts: { secondary: 59, higher: 52 } };
    expect(formatObservedValue(value, split, 'zh')).toBe('中职59 / 高职52');
    expect(formatObservedValue(value, split, 'en')).toMatch(/^Secondary vocational 59 \/ .* 52$/);
  });
});
