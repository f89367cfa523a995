import { describe, expect, it } from 'vitest';
import { parseCsv } from './parseCsv.js';

describe('parseCsv', () => {
  it('reads plain rows with LF or CRLF line ends', () => {
    expect(parseCsv('a,b\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a,b\r\n1,2\r\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(parseCsv('a,b,c\n1,,\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', ''],
    ]);
  });

  it('reads quoted fields with commas, line breaks and doubled quotes', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nthen go"\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthen go'],
    ]);
  });

  it('drops a byte-order mark and skips blank lines', () => {
    expect(parseCsv('\uFEFFa,b\n\n1,2\n\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reads Chinese text as it is', () => {
    expect(parseCsv('note\n示例数据，不是官方统计\n')).toEqual([
      ['note'],
      ['示例数据，不是官方统计'],
    ]);
  });

  it('refuses a row with the wrong number of fields, naming its line', () => {
    expect(() => parseCsv('a,b\n1,2\n3\n')).toThrow('line 3: 1 fields where the header has 2');
  });

  it('refuses an unclosed quote and stray quotes', () => {
    expect(() => parseCsv('a\n"open\n')).toThrow('line 2: a quoted field is never closed');
    expect(() => parseCsv('a\nx"y\n')).toThrow('line 2: a quote inside an unquoted field');
    expect(() => parseCsv('a\n"x"y\n')).toThrow('line 2: unexpected text after a closing quote');
  });

  it('counts lines inside quoted fields when naming a later line', () => {
    expect(() => parseCsv('a,b\n"1\n2",3\n4\n')).toThrow('line 4: 1 fields');
  });

  it('returns nothing for empty text', () => {
    expect(parseCsv('')).toEqual([]);
  });
});
