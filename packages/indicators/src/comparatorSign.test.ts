import { describe, expect, it } from 'vitest';
import { comparatorSign } from './comparatorSign.js';
import { readPrintedValue } from './schema/printedValue.js';
import { TargetComparator } from './schema/value.js';

describe('comparatorSign', () => {
  it('writes the signs as the plan prints them, full-width ＞ and ＜ included', () => {
    expect(comparatorSign('gte')).toBe('≥');
    expect(comparatorSign('gt')).toBe('＞');
    expect(comparatorSign('lte')).toBe('≤');
    expect(comparatorSign('lt')).toBe('＜');
    expect(comparatorSign('about')).toBe('≈');
  });

  it('writes > and < narrow in the plain style, and the other signs alike in both', () => {
    expect(comparatorSign('gt', 'plain')).toBe('>');
    expect(comparatorSign('lt', 'plain')).toBe('<');
    for (const comparator of ['eq', 'gte', 'lte', 'about', 'between'] as const) {
      expect(comparatorSign(comparator, 'plain')).toBe(comparatorSign(comparator, 'printed'));
    }
  });

  it('writes no sign for a plain number or a range', () => {
    expect(comparatorSign('eq')).toBe('');
    expect(comparatorSign('between')).toBe('');
    expect(comparatorSign('between', 'plain')).toBe('');
  });

  it('gives a sign for every comparator', () => {
    for (const comparator of TargetComparator.options) {
      expect(typeof comparatorSign(comparator)).toBe('string');
    }
  });

  it('writes signs that read back as the same comparator from a printed cell', () => {
    for (const comparator of ['gte', 'gt', 'lte', 'lt'] as const) {
      for (const style of ['printed', 'plain'] as const) {
        const read = readPrintedValue(`${comparatorSign(comparator, style)}20`);
        expect(read.ok && read.value.kind === 'comparator' && read.value.comparator).toBe(
          comparator,
        );
      }
    }
  });
});
