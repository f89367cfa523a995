import type { Plan } from '@plan/indicators';
import { type Observation, oneValuePerDate, toScoringObservations } from '@plan/observations';
import { type CheckedObservations, checkPlanObservations } from '@plan/scoring';

/** What a plan assessment reads off the stored observations, whatever the as-of date. */
type CheckedEntry = {
  checked: CheckedObservations;
  illustrative: boolean;
  observationsUsed: number;
  setAside: Observation[];
};

/**
 * The stored observations of a plan read and checked once per data version
 * (`checkPlanObservations` of @plan/scoring), kept in the thread that checked
 * them: a new as-of date then costs only the judging. The key names the plan,
 * what was read (region, illustrative, submitted) and the data version; a write
 * (a new version) makes a new key, and the least recently used entries go
 * before a new one is built, so a thread keeps at most `limit` (each holds its
 * observations: a few hundred MB at a million, within the thread's 512 MB heap
 * only one at a time beside the next read, hence 1).
 */
export function checkedObservationsCache(limit = 1) {
  const entries = new Map<string, CheckedEntry>();
  return {
    get(key: string): CheckedEntry | undefined {
      const entry = entries.get(key);
      if (entry) {
        entries.delete(key);
        entries.set(key, entry);
      }
      return entry;
    },
    /** Reads and checks `stored` for `plan` and keeps it; throws ScoringInputError as assessPlan would. */
    put(key: string, plan: Plan, stored: readonly Observation[]): CheckedEntry {
      // Room first: the thread's heap holds the kept entries and the one being built, no more.
      entries.delete(key);
      while (entries.size >= limit) entries.delete(entries.keys().next().value as string);
      const { used, setAside } = oneValuePerDateInOrder(stored);
      const entry: CheckedEntry = {
        checked: checkPlanObservations(plan, toScoringObservations(used)),
        illustrative: used.some((observation) => observation.illustrative),
        observationsUsed: used.length,
        setAside,
      };
      entries.set(key, entry);
      return entry;
    },
  };
}

/** -1, 0 or 1 as `a`'s (indicatorId, region, date) comes before, is or comes after `b`'s. */
function compareKeys(a: Observation, b: Observation): number {
  if (a.indicatorId !== b.indicatorId) return a.indicatorId < b.indicatorId ? -1 : 1;
  if (a.region !== b.region) return a.region < b.region ? -1 : 1;
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return 0;
}

const hasNul = (text: unknown) => typeof text !== 'string' || text.includes('\u0000');

/**
 * `oneValuePerDate` of @plan/observations, the same answer (the same objects in the same order),
 * quick for rows in (indicatorId, region, date) order as the store reads a plan (its key order):
 * there the rows of one indicator, region and date are next to each other, so a row alone on its
 * date is used as it is and only a run of several goes to `oneValuePerDate` — instead of a key
 * string per row and a map of a million of them. Rows in any other order, or a field that is not
 * a string or holds a NUL (where oneValuePerDate's NUL-joined keys could run together), go to
 * `oneValuePerDate` whole.
 */
export function oneValuePerDateInOrder(
  stored: readonly Observation[],
): ReturnType<typeof oneValuePerDate> {
  const used: Observation[] = [];
  const setAside: Observation[] = [];
  const count = stored.length;
  let start = 0;
  const endRun = (end: number) => {
    if (end - start === 1) used.push(stored[start] as Observation);
    else {
      const run = oneValuePerDate(stored.slice(start, end));
      for (const observation of run.used) used.push(observation);
      for (const observation of run.setAside) setAside.push(observation);
    }
  };
  for (let at = 0; at < count; at++) {
    const row = stored[at] as Observation;
    if (typeof row !== 'object' || row === null) return oneValuePerDate(stored);
    if (hasNul(row.indicatorId) || hasNul(row.region) || hasNul(row.date))
      return oneValuePerDate(stored);
    if (at === 0) continue;
    const order = compareKeys(stored[at - 1] as Observation, row);
    if (order > 0) return oneValuePerDate(stored);
    if (order < 0) {
      endRun(at);
      start = at;
    }
  }
  if (count > 0) endRun(count);
  return { used, setAside };
}

/**
 * One object per plan content: a plan crosses to a work thread as a copy on
 * every task, and what @plan/scoring keeps beside checked observations is
 * kept per indicator object, so equal copies are mapped to the first one seen.
 */
export function planInterner(limit = 8) {
  const plans = new Map<string, Plan>();
  return (plan: Plan): Plan => {
    const key = JSON.stringify(plan);
    const known = plans.get(key);
    if (known) return known;
    while (plans.size >= limit) plans.delete(plans.keys().next().value as string);
    plans.set(key, plan);
    return plan;
  };
}
