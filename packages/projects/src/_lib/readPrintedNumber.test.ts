import { describe, expect, it } from 'vitest';
import { readPrintedNumber } from './readPrintedNumber.js';

describe('readPrintedNumber', () => {
  it('reads whole and decimal numbers', () => {
    expect(readPrintedNumber('12729')).toEqual({ value: 12729 });
    expect(readPrintedNumber('6.69')).toEqual({ value: 6.69 });
    expect(readPrintedNumber('0.5')).toEqual({ value: 0.5 });
  });

  it.each([
    ['10-15', 10, 15],
    ['1—2', 1, 2],
    ['1-2', 1, 2],
    ['1至2', 1, 2],
  ])('reads the range %s as %d to %d', (printed, value, upper) => {
    expect(readPrintedNumber(printed)).toEqual({ value, upper });
  });

  it.each([
    ['零', 0],
    ['一', 1],
    ['两', 2],
    ['三', 3],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十二', 22],
  ])('reads the Chinese numeral %s as %d', (printed, value) => {
    expect(readPrintedNumber(printed)).toEqual({ value });
  });

  it('reads 一半 (half) as 50 per cent', () => {
    expect(readPrintedNumber('一半')).toEqual({ value: 50 });
  });

  it('returns undefined for text that is not a number', () => {
    expect(readPrintedNumber('')).toBeUndefined();
    expect(readPrintedNumber('百分百')).toBeUndefined();
    expect(readPrintedNumber('5G')).toBeUndefined();
    expect(readPrintedNumber('一二')).toBeUndefined();
  });
});
