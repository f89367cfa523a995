import { ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_ID, fromRow, toRow } from './_lib/observationRow.js';
import { latestMigration } from './migrations.js';
import { newObservation, storeFactories } from './testing/index.js';

for (const factory of storeFactories()) {
  describe.skipIf(factory.skip !== undefined)(`migration 0002 on ${factory.name}`, () => {
    it('opens a database made before it, keeping its data and renaming duplicate and reserved token names', async () => {
      const { store, dispose } = await factory.open('0001_initial');
      try {
        const db = store.db;
        for (const [id, name] of [
          ['t1', 'sync'],
          ['t2', 'SYNC'],
          ['t3', 'PLAN_ADMIN_TOKEN'],
          ['t4', 'other'],
        ] as const) {
          await db
            .insertInto('tokens')
            .values({
              id,
              name,
              role: 'editor',
              token_hash: `hash-${id}`,
              created_at: `2024-01-0${id.slice(1)}T00:00:00.000Z`,
              created_by: 'admin',
              revoked_at: null,
            } as never)
            .execute();
        }
        // Written as the 0001 schema had it: no created_by_id yet.
        const {
          created_by_id: _unknownYet,
          plan_id: _noPlansYet,
          ...row
        } = toRow(newObservation(), 'o1', '2024-01-01T00:00:00.000Z', { name: 'old writer' });
        await db
          .insertInto('observations')
          .values(row as never)
          .execute();
        const before = fromRow({ ...row, created_by_id: null, plan_id: DEFAULT_PLAN_ID });
        // Read through the latest schema: the store's queries name the columns of 0003 too.
        expect(await store.migrate()).toEqual(['0002_audit_actor_ids', '0003_plans']);
        expect((await store.tokens.list()).map((token) => [token.id, token.name])).toEqual([
          ['t1', 'sync'],
          ['t2', 'SYNC (t2)'],
          ['t3', 'PLAN_ADMIN_TOKEN (t3)'],
          ['t4', 'other'],
        ]);
        expect(await store.getObservation(before.id)).toEqual(before);
        const history = await store.history(before.id);
        expect(history.map((revision) => [revision.actor, revision.actorId])).toEqual([
          ['old writer', null],
        ]);
        expect(await store.migrate()).toEqual([]);
      } finally {
        await dispose();
      }
    });
  });
}

for (const factory of storeFactories()) {
  describe.skipIf(factory.skip !== undefined)(`migration 0003 on ${factory.name}`, () => {
    it('gives the rows made before it to the Ordos plan, and keys observations by plan', async () => {
      const { store, dispose } = await factory.open('0002_audit_actor_ids');
      try {
        // Written as the 0002 schema had it: no plan_id yet.
        const { plan_id: _unknownYet, ...row } = toRow(
          newObservation(),
          'o1',
          '2024-01-01T00:00:00.000Z',
          { id: 't1', name: 'writer' },
        );
        await store.db
          .insertInto('observations')
          .values(row as never)
          .execute();
        expect(await store.migrate()).toEqual(['0003_plans']);
        expect(latestMigration).toBe('0003_plans');
        expect(DEFAULT_PLAN_ID).toBe(ordosPlan.id);
        const kept = fromRow({ ...row, plan_id: DEFAULT_PLAN_ID });
        expect(await store.getObservation('o1')).toEqual(kept);
        expect(await store.forPlan('another-plan').listObservations()).toEqual([]);
        // The same key in another plan is not a conflict; in the same plan it still is.
        await store.forPlan('another-plan').createObservation(newObservation(), { name: 'w' });
        await expect(store.createObservation(newObservation(), { name: 'w' })).rejects.toThrow(
          /already exists/,
        );
        const plans = await store.db.selectFrom('plans').selectAll().execute();
        expect(plans).toEqual([]);
      } finally {
        await dispose();
      }
    });
  });
}
