import { describe, expect, it } from 'vitest';
import { outline } from '../data/ordos-2021-2025/outline.js';
import { locateLine } from './locateLine.js';

const box8 = {
  box: 8,
  start: 724,
  end: 730,
  measures: [
    { id: 'P08-M1', start: 726, end: 726 },
    { id: 'P08-M2', start: 728, end: 728 },
  ],
};

describe('locateLine', () => {
  it('places a line under the last chapter, section and subsection heading before it', () => {
    expect(locateLine(612, outline)).toEqual({ chapter: 3, section: 1, subsection: 2, line: 612 });
  });

  it('places a heading line under itself', () => {
    expect(locateLine(821, outline)).toEqual({ chapter: 3, section: 4, line: 821 });
    expect(locateLine(823, outline)).toEqual({ chapter: 3, section: 4, subsection: 1, line: 823 });
  });

  it('gives no subsection where a section has none', () => {
    expect(locateLine(52, outline)).toEqual({ chapter: 2, section: 3, line: 52 });
  });

  it('adds the box and the measure whose lines include the line', () => {
    expect(locateLine(728, outline, [box8])).toMatchObject({ box: 8, measure: 'P08-M2' });
    expect(locateLine(727, outline, [box8])).toEqual({
      chapter: 3,
      section: 2,
      subsection: 1,
      box: 8,
      line: 727,
    });
  });

  it('locates a line before the first heading in no chapter', () => {
    expect(locateLine(1, outline)).toEqual({ line: 1 });
  });

  it('locates 附表1 and after in the annex', () => {
    expect(locateLine(1168, outline)).toEqual({ table: 'annex-1', line: 1168 });
  });
});
