/**
 * Whether two values are the same down to what deep equality (toEqual, toStrictEqual) skips:
 * key order, keys present with undefined, symbol keys, prototypes, -0 and NaN (`Object.is`), and
 * the bytes of typed arrays and Buffers.
 *
 * @example
 *   sameValue({ a: 1, b: 2 }, { b: 2, a: 1 }); // false: another key order
 */
export function sameValue(a: unknown, b: unknown): boolean;
