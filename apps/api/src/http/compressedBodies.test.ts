import { describe, expect, it } from 'vitest';
import { compressedBodies } from './compressedBodies.js';

const bytes = (length: number) => new Uint8Array(length);

describe('compressedBodies', () => {
  it('compresses a key once and serves the kept bytes afterwards', async () => {
    const cache = compressedBodies();
    let calls = 0;
    const compress = async () => {
      calls++;
      return bytes(10);
    };
    const first = await cache.get('a', compress);
    expect(await cache.get('a', compress)).toBe(first);
    expect(cache.peek('a')).toBe(first);
    expect(calls).toBe(1);
  });

  it('lets requests for a key being compressed wait for that one compression', async () => {
    const cache = compressedBodies();
    let calls = 0;
    const compress = () => {
      calls++;
      return new Promise<Uint8Array>((resolve) => setTimeout(() => resolve(bytes(5)), 10));
    };
    const [one, two] = await Promise.all([cache.get('a', compress), cache.get('a', compress)]);
    expect(one).toBe(two);
    expect(calls).toBe(1);
  });

  it('drops the least recently used entry beyond its entries or its bytes', async () => {
    const cache = compressedBodies({ maxEntries: 2, maxBytes: 100 });
    await cache.get('a', async () => bytes(10));
    await cache.get('b', async () => bytes(10));
    cache.peek('a');
    await cache.get('c', async () => bytes(10));
    expect([cache.peek('a'), cache.peek('b'), cache.peek('c')].map(Boolean)).toEqual([
      true,
      false,
      true,
    ]);
    await cache.get('d', async () => bytes(25));
    await cache.get('e', async () => bytes(25));
    expect(cache.size().bytes).toBeLessThanOrEqual(100);
    expect(cache.size().entries).toBe(2);
  });

  it('never keeps a body over a quarter of its bytes, nor anything with no room', async () => {
    const cache = compressedBodies({ maxBytes: 100 });
    expect((await cache.get('big', async () => bytes(26))).byteLength).toBe(26);
    expect(cache.peek('big')).toBeUndefined();
    const none = compressedBodies({ maxBytes: 0 });
    await none.get('a', async () => bytes(1));
    expect(none.size()).toEqual({ entries: 0, bytes: 0 });
  });

  it('keeps nothing from a compression that failed, and tries again next time', async () => {
    const cache = compressedBodies();
    await expect(
      cache.get('a', async () => {
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect((await cache.get('a', async () => bytes(3))).byteLength).toBe(3);
  });
});
