import { describe, expect, it } from 'vitest';
import { type CsvCursor, forEachCsvRecord, parseCsv } from '../parseCsv.js';
import { forEachCsvSlice } from './csvSlices.js';
import { encodeGb18030 } from './encodeGb18030.js';

/** Reads `text` as UTF-8 bytes in slices of `size`, records and their lines as parsed piece by piece. */
function readInSlices(text: string, size: number) {
  const records: [string[], number][] = [];
  const pieces: string[] = [];
  const cursor: CsvCursor = { line: 1, fields: undefined };
  forEachCsvSlice(
    new TextEncoder().encode(text),
    (piece) => {
      pieces.push(piece);
      forEachCsvRecord(piece, (record, line) => records.push([record, line]), undefined, cursor);
    },
    size,
  );
  return { records, pieces };
}

function readWhole(text: string) {
  const records: [string[], number][] = [];
  forEachCsvRecord(text, (record, line) => records.push([record, line]));
  return records;
}

const SAMPLE = [
  '\uFEFFindicator_id,region,date,value,note',
  'preschool-enrolment-rate,ordos,2021-12-31,90.1,"a note, with a comma"',
  'school-sports-venue-opening-rate,东胜区,2022-12-31,12,"two\nlines, and ""quotes"""',
  '',
  'student-myopia-rate,ordos,2023-12-31,55.4,"中文说明：\r\n第二行"',
  'student-myopia-rate,ordos,2024-12-31,55.0,',
].join('\r\n');

describe('forEachCsvSlice', () => {
  it('gives the same records on the same lines as reading the whole text, whatever the slice size', () => {
    const whole = readWhole(SAMPLE);
    expect(whole).toHaveLength(5);
    for (const size of [1, 2, 3, 5, 7, 16, 31, 64, 1 << 20]) {
      expect(readInSlices(SAMPLE, size).records, `slices of ${size} bytes`).toEqual(whole);
    }
  });

  it('cuts only where a record ends: never inside quotes or a character of several bytes', () => {
    const { pieces } = readInSlices(SAMPLE, 8);
    expect(pieces.join('')).toBe(SAMPLE.slice(1)); // the decoder drops the BOM
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.endsWith('\n')).toBe(true);
      expect((piece.match(/"/g) ?? []).length % 2).toBe(0);
    }
  });

  it('refuses bytes that are not UTF-8, also far into the file', () => {
    const good = new TextEncoder().encode('a,b\n1,2\n'.repeat(100));
    const bad = new Uint8Array(good.length + 3);
    bad.set(good);
    bad.set([0xe4, 0xb8, 0x41], good.length); // a broken three-byte sequence
    expect(() => forEachCsvSlice(bad, () => {}, 16)).toThrow(TypeError);
  });

  it('reads an empty file as one empty piece, as the whole-text reader does', () => {
    const { pieces } = readInSlices('', 4);
    expect(pieces).toEqual(['']);
    expect(parseCsv('')).toEqual([]);
  });

  it('names the right line of a record with the wrong field count in a later slice', () => {
    const text = `a,b\n${'1,2\n'.repeat(50)}1,2,3\n`;
    expect(() => readInSlices(text, 10)).toThrow('line 52: 3 fields where the header has 2');
  });

  it('reads GB18030/GBK bytes at every slice size without cutting a character of two or four bytes', () => {
    // 东胜区 is two bytes a character in GBK; € (0x80) one; U+00B7 ‧ four, 😀 four (GB18030).
    const text = `${SAMPLE.slice(1)}\r\n学前三年入园率,达拉特旗,2021-12-31,€·😀,"引号""内,逗号"\r\n`;
    const bytes = encodeGb18030(text);
    const whole = readWhole(text);
    for (let size = 1; size <= bytes.length + 1; size++) {
      const records: [string[], number][] = [];
      const pieces: string[] = [];
      const cursor: CsvCursor = { line: 1, fields: undefined };
      forEachCsvSlice(
        bytes,
        (piece) => {
          pieces.push(piece);
          forEachCsvRecord(
            piece,
            (record, line) => records.push([record, line]),
            undefined,
            cursor,
          );
        },
        size,
        'gb18030',
      );
      expect(records, `slices of ${size} bytes`).toEqual(whole);
      expect(pieces.join(''), `slices of ${size} bytes`).toBe(text);
    }
  });

  it('refuses bytes that are not GB18030 in a later slice', () => {
    const good = encodeGb18030('指标,数值\n学前三年入园率,1\n'.repeat(50));
    const bad = new Uint8Array([...good, 0x81, 0x20]); // a lead byte before a space
    expect(() => forEachCsvSlice(bad, () => {}, 16, 'gb18030')).toThrow(TypeError);
  });
});
