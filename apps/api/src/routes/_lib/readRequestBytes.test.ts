import { describe, expect, it } from 'vitest';
import { readRequestBytes } from './readRequestBytes.js';

/** A request whose body arrives in the given chunks, with an optional declared length. */
function requestOf(chunks: number[][], declared?: number) {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new Uint8Array(chunk));
      controller.close();
    },
  });
  return new Request('http://test/', {
    method: 'POST',
    body,
    headers: declared === undefined ? {} : { 'content-length': String(declared) },
    duplex: 'half',
  } as RequestInit);
}

describe('readRequestBytes', () => {
  it('gives the chunks in order, in a buffer that owns its memory exactly', async () => {
    const bytes = await readRequestBytes(requestOf([[1, 2], [3], [4, 5, 6]], 6));
    expect([...bytes]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(6);
  });

  it('copes with a length that is not declared, or declared wrong either way', async () => {
    const chunks = [Array.from({ length: 70_000 }, (_, index) => index % 251), [7, 8]];
    const all = chunks.flat();
    for (const declared of [undefined, 10, 1_000_000]) {
      const bytes = await readRequestBytes(requestOf(chunks, declared));
      expect(bytes.byteLength).toBe(all.length);
      expect(bytes.buffer.byteLength).toBe(all.length);
      expect(bytes[70_000]).toBe(7);
      expect(bytes[69_999]).toBe(all[69_999]);
    }
  });

  it('gives no bytes for a request without a body', async () => {
    expect((await readRequestBytes(new Request('http://test/'))).byteLength).toBe(0);
  });
});
