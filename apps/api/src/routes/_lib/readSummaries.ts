/** What a plan assessment needs of a read besides the observations, which the work thread keeps. */
export type ReadSummary = {
  /** How many observations were read: many are judged on a work thread. */
  count: number;
  /** `indicatorId \0 region` of each item judged on a submitted (not yet approved) figure. */
  submitted: ReadonlySet<string>;
};

/**
 * The summaries of the reads of the current data version only (as answerCache
 * keeps answers): a write (a new version) drops every older one. With them a
 * plan assessment on a new as-of date asks the work thread, which keeps the
 * checked observations of the read (work/checkedObservations.ts), without
 * reading the store again.
 */
export function readSummaries(limit = 64) {
  const entries = new Map<string, ReadSummary>();
  let generation = -1;
  const at = (version: number) => {
    if (version !== generation) {
      entries.clear();
      generation = version;
    }
    return entries;
  };
  return {
    get: (version: number, key: string) => at(version).get(key),
    set(version: number, key: string, summary: ReadSummary) {
      const kept = at(version);
      if (kept.size >= limit) kept.delete(kept.keys().next().value as string);
      kept.set(key, summary);
    },
  };
}
