import { describe, expect, it } from 'vitest';
import { readPrintedValue } from './printedValue.js';

const read = (text: string, label?: string) => {
  const result = readPrintedValue(text, label);
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

describe('readPrintedValue', () => {
  it('reads a plain number and keeps its printed precision', () => {
    expect(read('93.0')).toEqual({ kind: 'number', printed: '93.0', value: 93, decimals: 1 });
    expect(read('1200')).toMatchObject({ value: 1200, decimals: 0 });
  });

  it('ignores stray spaces around a number but keeps them in the printed text', () => {
    expect(read('96.5  ')).toEqual({ kind: 'number', printed: '96.5  ', value: 96.5, decimals: 1 });
  });

  it.each([
    ['≥95.0', 'gte', 95],
    ['＞20', 'gt', 20],
    ['>2', 'gt', 2],
    ['≤15', 'lte', 15],
    ['＜5', 'lt', 5],
    ['20左右', 'about', 20],
    ['约30', 'about', 30],
    ['50以上', 'gte', 50],
  ])('reads %s as %s %d', (text, comparator, value) => {
    expect(read(text)).toMatchObject({ kind: 'comparator', comparator, value, printed: text });
  });

  it('reads a ratio with full-width or ASCII colons', () => {
    expect(read('35 ：65')).toEqual({ kind: 'ratio', printed: '35 ：65', parts: [35, 65] });
    expect(read('40:60')).toMatchObject({ parts: [40, 60] });
  });

  it('reads a blank, an em dash and a hyphen as absent, keeping which', () => {
    expect(read('')).toEqual({ kind: 'absent', printed: '' });
    expect(read('—')).toEqual({ kind: 'absent', printed: '—' });
    expect(read('-')).toEqual({ kind: 'absent', printed: '-' });
  });

  it('strips a part label the cell starts with (中职58)', () => {
    expect(read('中职58', '中职')).toEqual({
      kind: 'number',
      printed: '中职58',
      value: 58,
      decimals: 0,
    });
  });

  it('refuses text that is not a value, saying what was expected', () => {
    for (const text of ['abc', '≥', '1.2.3', '中职58', '–']) {
      const result = readPrintedValue(text);
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.message).toContain(`cannot read "${text}"`);
    }
  });
});
