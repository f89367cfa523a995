import type { Plan } from '@plan/indicators';
import { demoObservations, planBaselineObservations } from '@plan/observations';
import type { Store } from './createStore.js';

/**
 * On a store that has never held an observation, loads the plan's baseline values
 * (source "plan") and, when asked, the illustrative demo figures (source "demo").
 * A store that has data, even if all of it was deleted since, is left alone.
 */
export async function seedStore(store: Store, options: { plan: Plan; demo: boolean }) {
  const everUsed = (await store.dataVersion()) > 0;
  if (everUsed) return { seeded: false, baselines: 0, demo: 0 };
  const baselines = await store.importObservations(
    planBaselineObservations(options.plan),
    { name: 'seed' },
    { reason: `the plan’s ${options.plan.baselineYear} values` },
  );
  const demo = options.demo
    ? await store.importObservations(
        demoObservations(options.plan),
        { name: 'seed' },
        { reason: '示例数据: illustrative demo data' },
      )
    : { created: 0 };
  return { seeded: true, baselines: baselines.created, demo: demo.created };
}
