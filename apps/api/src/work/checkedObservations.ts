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
      const { used, setAside } = oneValuePerDate(stored);
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
