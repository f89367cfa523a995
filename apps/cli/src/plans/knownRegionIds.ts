import { safeParsePlan } from '@plan/plans';
import type { Store } from '@plan/store';
import { builtInPlans } from './builtInPlans.js';

/**
 * Every region id of the plans the CLI knows: the built-in ones and those
 * added to the database (a stored plan file that no longer reads adds none).
 */
export async function knownRegionIds(store: Pick<Store, 'listPlans'>): Promise<string[]> {
  const plans = [...builtInPlans.values()].map((entry) => entry.plan);
  for (const record of await store.listPlans()) {
    const parsed = safeParsePlan(record.file);
    if (parsed.success) plans.push(parsed.data.plan);
  }
  return [...new Set(plans.flatMap((plan) => plan.regions.map((region) => region.id)))];
}
