/**
 * Compressed bodies kept by key (the answer's URL, strong ETag and encoding),
 * the least recently used out first: a repeated read of an unchanged answer is
 * sent without compressing it again. Bounded by bytes and by entries; a body
 * larger than a quarter of the bytes is never kept. Callers asking for a key
 * being compressed wait for that one compression.
 */
export function compressedBodies(options: { maxBytes?: number; maxEntries?: number } = {}) {
  const maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
  const maxEntries = options.maxEntries ?? 256;
  const entries = new Map<string, Uint8Array>();
  const pending = new Map<string, Promise<Uint8Array>>();
  let bytesKept = 0;

  function keep(key: string, bytes: Uint8Array) {
    if (bytes.byteLength > maxBytes / 4 || maxEntries < 1) return;
    drop(key);
    while (entries.size >= maxEntries || bytesKept + bytes.byteLength > maxBytes) {
      const oldest = entries.keys().next().value;
      if (oldest === undefined) break;
      drop(oldest);
    }
    entries.set(key, bytes);
    bytesKept += bytes.byteLength;
  }

  function drop(key: string) {
    const bytes = entries.get(key);
    if (!bytes) return;
    entries.delete(key);
    bytesKept -= bytes.byteLength;
  }

  return {
    /** The body kept under `key` (now the most recently used), or undefined. */
    peek(key: string): Uint8Array | undefined {
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key);
        entries.set(key, hit);
      }
      return hit;
    },
    /** The body kept under `key`, else `compress()`'s, kept for the next time. */
    async get(key: string, compress: () => Promise<Uint8Array>): Promise<Uint8Array> {
      const hit = this.peek(key);
      if (hit) return hit;
      const running = pending.get(key);
      if (running) return running;
      const work = compress().then(
        (bytes) => {
          pending.delete(key);
          keep(key, bytes);
          return bytes;
        },
        (error: unknown) => {
          pending.delete(key);
          throw error;
        },
      );
      pending.set(key, work);
      return work;
    },
    /** Entries and bytes kept now. */
    size: () => ({ entries: entries.size, bytes: bytesKept }),
  };
}
export type CompressedBodies = ReturnType<typeof compressedBodies>;
