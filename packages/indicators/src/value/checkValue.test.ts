import { describe, expect, it } from 'vitest';
import { indicatorById } from '../catalogue.js';
import { checkValue, RATIO_TOLERANCE } from './checkValue.js';

const ratio = indicatorById('vocational-general-ratio');
const dualTeachers = indicatorById('dual-qualified-teachers-share');
const myopia = indicatorById('student-myopia-rate');
const athletes = indicatorById('first-grade-athletes');

describe('checkValue', () => {
  it('accepts a value that fits its indicator', () => {
    expect(checkValue(myopia, 57.5, 'value')).toEqual([]);
    expect(checkValue(ratio, { ratio: [38, 62] }, 'value')).toEqual([]);
    expect(checkValue(dualTeachers, { parts: { secondary: 59 } }, 'value')).toEqual([]);
  });

  it('accepts a ratio missing 100 by the rounding of published shares: 59.97 : 40', () => {
    expect(RATIO_TOLERANCE).toBe(0.05);
    expect(checkValue(ratio, { ratio: [59.97, 40] }, 'value')).toEqual([]);
    expect(checkValue(ratio, { ratio: [60.05, 40] }, 'value')).toEqual([]);
  });

  it('refuses a ratio whose parts miss 100 by more, naming value.ratio', () => {
    expect(checkValue(ratio, { ratio: [59.9, 40] }, 'value')).toEqual([
      {
        path: 'value.ratio',
        code: 'ratio-sum',
        message: 'the parts of the ratio 59.9:40 add up to 99.9, not 100',
      },
    ]);
    expect(checkValue(ratio, { ratio: [59, 40] }, 'value')[0]?.path).toBe('value.ratio');
  });

  it('refuses a ratio of other than two parts', () => {
    expect(checkValue(ratio, { ratio: [30, 30, 40] }, 'value')).toEqual([
      { path: 'value.ratio', code: 'ratio-parts', message: 'a ratio here has exactly two parts' },
    ]);
  });

  it('refuses a value of the wrong shape, naming the field', () => {
    expect(checkValue(ratio, 38, 'value')[0]?.message).toContain('is a ratio');
    expect(checkValue(dualTeachers, 55, 'value')[0]?.message).toContain(
      'is split into parts (secondary, higher)',
    );
    expect(checkValue(myopia, { ratio: [50, 50] }, 'value')[0]?.message).toContain(
      'is not a ratio',
    );
    expect(checkValue(myopia, { parts: { a: 1 } }, 'value')[0]?.message).toContain('has no parts');
  });

  it('refuses impossible numbers: negative, a percentage above 100, a count that is not whole', () => {
    expect(checkValue(myopia, -1, 'value')).toEqual([
      { path: 'value', code: 'negative', message: '-1 is negative: not possible for a percent' },
    ]);
    expect(checkValue(myopia, 100.1, 'value')[0]?.message).toContain('above 100');
    expect(checkValue(myopia, 100, 'value')).toEqual([]);
    expect(checkValue(myopia, 0, 'value')).toEqual([]);
    expect(checkValue(athletes, 30.5, 'value')[0]?.message).toContain('not a whole number');
  });

  it('names each part at fault by its path, and asks for at least one part', () => {
    expect(
      checkValue(dualTeachers, { parts: { secondary: 120, middle: 3 } }, 'value').map(
        (problem) => problem.path,
      ),
    ).toEqual(['value.parts.secondary', 'value.parts.middle']);
    expect(checkValue(dualTeachers, { parts: {} }, 'body.value')).toEqual([
      {
        path: 'body.value.parts',
        code: 'one-part',
        message: 'give the value of at least one part',
      },
    ]);
  });

  it('refuses a negative part of a ratio, naming the part', () => {
    expect(checkValue(ratio, { ratio: [-5, 105] }, 'value')).toEqual([
      {
        path: 'value.ratio.0',
        code: 'negative',
        message: '-5 is negative: a ratio part cannot be',
      },
    ]);
  });
});
