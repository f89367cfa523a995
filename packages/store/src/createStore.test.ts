import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { latestMigration } from './migrations.js';
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

  it('keeps the names of shipped migrations, which existing databases record', async () => {
    const applied = await sql<{
      name: string;
    }>`select name from kysely_migration order by name`.execute(store().db);
    const names = applied.rows.map((row) => row.name);
    // Shipped names never change: a database made by an earlier release records them.
    expect(names.slice(0, 1)).toEqual(['0001_initial']);
    expect(names.at(-1)).toBe(latestMigration);
  });
});
