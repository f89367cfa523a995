import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula, toCsv } from './spreadsheetCells.js';

describe('neutraliseFormula', () => {
  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    for (const text of ['=HYPERLINK("x")', '+1', '-1+1', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    }
    expect(neutraliseFormula('统计公报')).toBe('统计公报');
  });
});

describe('csvField', () => {
  it('quotes commas, quotes and line breaks, and writes empty for nothing', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('true');
    expect(csvField(2.5)).toBe('2.5');
  });
});

describe('toCsv', () => {
  it('writes a byte-order mark, CRLF line ends and a final line end', () => {
    expect(toCsv(['a', 'b'], [[1, '=x']])).toBe("\uFEFFa,b\r\n1,'=x\r\n");
  });
});
