/**
 * Whether two values are the same down to what deep equality (toEqual, toStrictEqual) skips:
 * key order, keys present with undefined, symbol keys, prototypes, -0 and NaN (`Object.is`), and
 * the bytes of typed arrays and Buffers. For tests that promise a fast path gives exactly what
 * the slow one gives.
 */
export function sameValue(a, b) {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null)
    return Object.is(a, b);
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (ArrayBuffer.isView(a)) return sameBytes(a, b);
  const keysA = Reflect.ownKeys(a);
  const keysB = Reflect.ownKeys(b);
  if (keysA.length !== keysB.length || keysA.some((key, at) => key !== keysB[at])) return false;
  return keysA.every((key) => sameValue(a[key], b[key]));
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const bytesA = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const bytesB = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  return bytesA.every((byte, at) => byte === bytesB[at]);
}
