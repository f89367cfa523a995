import { describe, expect, it } from 'vitest';
import { fromRow, toRow } from './_lib/observationRow.js';
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
        const { created_by_id: _unknownYet, ...row } = toRow(
          newObservation(),
          'o1',
          '2024-01-01T00:00:00.000Z',
          { name: 'old writer' },
        );
        await db
          .insertInto('observations')
          .values(row as never)
          .execute();
        const before = fromRow({ ...row, created_by_id: null });
        expect(await store.migrate()).toEqual(['0002_audit_actor_ids']);
        expect(latestMigration).toBe('0002_audit_actor_ids');
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
