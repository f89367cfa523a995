import { expect, it } from 'vitest';
import { describeOnEveryStore, newObservation as observation } from './testing/index.js';

const actor = { name: 'tester' };

describeOnEveryStore('store', (store) => {
  it('bumps the data version on every write and not on reads', async () => {
    expect(await store().dataVersion()).toBe(0);
    const stored = await store().createObservation(observation(), actor);
    await store().listObservations();
    expect(await store().dataVersion()).toBe(1);
    await store().updateObservation(stored.id, 1, { note: 'checked' }, actor, null);
    expect(await store().dataVersion()).toBe(2);
  });

  it('runs migrations once: a second run changes nothing', async () => {
    expect(await store().migrate()).toEqual([]);
  });
});
