import { demoObservations } from './domain/demoObservations.js';
import { planBaselineObservations } from './domain/planBaselines.js';
import type { Store } from './store/createStore.js';

/**
 * On a store that has never held an observation, loads the plan's 2020 values
 * (source "plan") and, when asked, the illustrative demo figures (source "demo").
 * A store that has data, even if all of it was deleted since, is left alone.
 */
export async function seedStore(store: Store, options: { demo: boolean }) {
  const everUsed = (await store.dataVersion()) > 0;
  if (everUsed) return { seeded: false, baselines: 0, demo: 0 };
  const baselines = await store.importObservations(
    planBaselineObservations(),
    { name: 'seed' },
    { reason: 'the plan’s 2020 values' },
  );
  const demo = options.demo
    ? await store.importObservations(
        demoObservations(),
        { name: 'seed' },
        { reason: '示例数据: illustrative demo data' },
      )
    : { created: 0 };
  return { seeded: true, baselines: baselines.created, demo: demo.created };
}
