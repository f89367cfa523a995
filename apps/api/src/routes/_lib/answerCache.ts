/**
 * Keeps serialised answers for the current data version only: reads between
 * writes cost a lookup, and a write (a new version) drops every older answer,
 * so memory stays flat however many writes come in.
 */
export function answerCache(limit = 256) {
  const entries = new Map<string, string>();
  let generation = -1;
  return async (version: number, key: string, compute: () => Promise<string>) => {
    if (version !== generation) {
      entries.clear();
      generation = version;
    }
    const hit = entries.get(key);
    if (hit !== undefined) return hit;
    const body = await compute();
    // A newer version may have arrived while computing; an answer for an old one is not kept.
    if (version === generation) {
      if (entries.size >= limit) entries.delete(entries.keys().next().value as string);
      entries.set(key, body);
    }
    return body;
  };
}
