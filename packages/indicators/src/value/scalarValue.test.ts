import { describe, expect, it } from 'vitest';
import { indicatorById } from '../catalogue.js';
import { ratioShare, scalarValue } from './scalarValue.js';

const ratio = indicatorById('vocational-general-ratio');
const dualTeachers = indicatorById('dual-qualified-teachers-share');
const myopia = indicatorById('student-myopia-rate');

describe('scalarValue', () => {
  it('gives a plain number as it is', () => {
    expect(scalarValue(myopia, 57)).toBe(57);
  });

  it('gives a ratio as the share of the part the indicator is scored on (职普比例: the vocational share)', () => {
    expect(ratio.band?.ratioPart).toBe(0);
    expect(scalarValue(ratio, { ratio: [38, 62] })).toBe(38);
    // Parts that miss 100 by rounding are judged as shares of their own total.
    expect(scalarValue(ratio, { ratio: [59.97, 40] })).toBeCloseTo(59.988, 3);
  });

  it('gives the named part of a split value, and nothing without a part or for a part not given', () => {
    const value = { parts: { secondary: 59, higher: 52 } };
    expect(scalarValue(dualTeachers, value, 'higher')).toBe(52);
    expect(scalarValue(dualTeachers, value)).toBeUndefined();
    expect(scalarValue(dualTeachers, { parts: { secondary: 59 } }, 'higher')).toBeUndefined();
  });

  it('gives nothing for a value of the wrong shape', () => {
    expect(scalarValue(myopia, { ratio: [50, 50] })).toBeUndefined();
    expect(scalarValue(ratio, 38)).toBeUndefined();
  });
});

describe('ratioShare', () => {
  it('gives one part in percent of the total, and nothing when the parts add up to 0', () => {
    expect(ratioShare([35, 65], 1)).toBe(65);
    expect(ratioShare([1, 3], 0)).toBe(25);
    expect(ratioShare([0, 0], 0)).toBeUndefined();
    expect(ratioShare([40, 60], 2)).toBeUndefined();
  });
});
