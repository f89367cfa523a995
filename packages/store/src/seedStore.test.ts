import { ordosPlan } from '@plan/indicators';
import { expect, it } from 'vitest';
import { seedStore } from './seedStore.js';
import { describeOnEveryStore, newObservation } from './testing/index.js';

describeOnEveryStore('seedStore', (store) => {
  it('loads the plan’s baseline values into a store that never held data, and demo figures when asked', async () => {
    const seeded = await seedStore(store(), { plan: ordosPlan, demo: true });
    expect(seeded.seeded).toBe(true);
    expect(seeded.baselines).toBeGreaterThan(0);
    expect(seeded.demo).toBeGreaterThan(0);
    const official = await store().listObservations();
    expect(official).toHaveLength(seeded.baselines);
    expect(new Set(official.map((observation) => observation.source))).toEqual(new Set(['plan']));
    expect(official[0]).toMatchObject({
      year: ordosPlan.baselineYear,
      createdReason: `the plan’s ${ordosPlan.baselineYear} values`,
    });
  });

  it('leaves a store alone that has held data, even if all of it was deleted since', async () => {
    const stored = await store().createObservation(newObservation(), { name: 'tester' });
    await store().deleteObservation(stored.id, 1, { name: 'tester' }, null);
    expect(await seedStore(store(), { plan: ordosPlan, demo: true })).toEqual({
      seeded: false,
      baselines: 0,
      demo: 0,
    });
    expect(await store().countObservations()).toBe(0);
  });
});
