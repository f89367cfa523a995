import { describe, expect, it } from 'vitest';
import { sameValue } from './sameValue.js';

describe('sameValue', () => {
  it('takes equal plain values and nested objects in the same key order', () => {
    expect(sameValue({ a: 1, b: [1, 'x', null] }, { a: 1, b: [1, 'x', null] })).toBe(true);
    expect(sameValue(Number.NaN, Number.NaN)).toBe(true);
    expect(sameValue('a', 'a')).toBe(true);
  });

  it('tells apart what deep equality does not', () => {
    expect(sameValue({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(false);
    expect(sameValue(0, -0)).toBe(false);
    const holey = [1, 2, 3];
    delete holey[1];
    expect(sameValue(holey, [1, undefined, 3])).toBe(false);
    expect(sameValue(Object.create(null), {})).toBe(false);
    expect(sameValue({ [Symbol.for('k')]: 1 }, {})).toBe(false);
  });

  it('compares typed arrays and Buffers by their bytes', () => {
    expect(sameValue(Buffer.from('abc'), Buffer.from('abc'))).toBe(true);
    expect(sameValue(Buffer.from('abc'), Buffer.from('abd'))).toBe(false);
    expect(sameValue(new Float64Array([1, 2]), new Float64Array([1, 2]))).toBe(true);
    expect(sameValue(new Float64Array([1]), new Float64Array([1, 2]))).toBe(false);
    expect(sameValue(Buffer.from('abc'), new Uint8Array([97, 98, 99]))).toBe(false);
  });
});
