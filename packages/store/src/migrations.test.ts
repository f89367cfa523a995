import { ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_ID, fromRow, toRow } from './_lib/observationRow.js';
import type { ObservationRow } from './database.js';
import { latestMigration } from './migrations.js';
import { newObservation, storeFactories } from './testing/index.js';

/** A row as the schema before migration 0004 had it: no review state yet. */
const rowBefore0004 = ({
  approval: _approval,
  approval_reason: _reason,
  reviewed_by: _by,
  reviewed_by_id: _byId,
  reviewed_at: _at,
  ...row
}: ObservationRow) => row;

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
        } = rowBefore0004(
          toRow(newObservation(), 'o1', '2024-01-01T00:00:00.000Z', { name: 'old writer' }),
        );
        await db
          .insertInto('observations')
          .values(row as never)
          .execute();
        const before = fromRow({
          ...toRow(newObservation(), 'o1', '2024-01-01T00:00:00.000Z', { name: 'old writer' }),
          created_by_id: null,
        });
        // Read through the latest schema: the store's queries name the columns of 0004 too.
        expect(await store.migrate()).toEqual([
          '0002_audit_actor_ids',
          '0003_plans',
          '0004_scopes_and_approval',
          '0005_region_keyset_index',
          '0006_tracking',
          '0007_report_narratives',
          '0008_shared_limits',
          '0009_date_keyset_index',
          '0010_report_and_unit_corrections',
        ]);
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
        const written = toRow(newObservation(), 'o1', '2024-01-01T00:00:00.000Z', {
          id: 't1',
          name: 'writer',
        });
        const { plan_id: _unknownYet, ...row } = rowBefore0004(written);
        await store.db
          .insertInto('observations')
          .values(row as never)
          .execute();
        expect(await store.migrate('0003_plans')).toEqual(['0003_plans']);
        expect(DEFAULT_PLAN_ID).toBe(ordosPlan.id);
        await store.migrate();
        const kept = fromRow(written);
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

for (const factory of storeFactories()) {
  describe.skipIf(factory.skip !== undefined)(`migration 0004 on ${factory.name}`, () => {
    it('approves every figure stored before it, leaves tokens unrestricted and files revisions under their plan', async () => {
      const { store, dispose } = await factory.open('0003_plans');
      try {
        const db = store.db;
        const written = toRow(newObservation(), 'o1', '2024-01-01T00:00:00.000Z', {
          id: 't1',
          name: 'writer',
        });
        await db
          .insertInto('observations')
          .values(rowBefore0004(written) as never)
          .execute();
        const revision = (id: string, observationId: string) => ({
          id,
          observation_id: observationId,
          revision: 2,
          action: 'update',
          actor: 'writer',
          actor_id: 't1',
          created_by_id: 't1',
          at: '2024-01-02T00:00:00.000Z',
          old_json: JSON.stringify(fromRow(written)),
          new_json: null,
          reason: null,
        });
        // One of a stored observation, one of an observation deleted since.
        await db
          .insertInto('observation_revisions')
          .values([revision('r1', 'o1'), revision('r2', 'gone')] as never)
          .execute();
        await db
          .insertInto('tokens')
          .values({
            id: 't1',
            name: 'sync',
            role: 'editor',
            token_hash: 'hash',
            created_at: '2024-01-01T00:00:00.000Z',
            created_by: 'admin',
            revoked_at: null,
          } as never)
          .execute();
        expect(await store.migrate()).toEqual([
          '0004_scopes_and_approval',
          '0005_region_keyset_index',
          '0006_tracking',
          '0007_report_narratives',
          '0008_shared_limits',
          '0009_date_keyset_index',
          '0010_report_and_unit_corrections',
        ]);
        expect(latestMigration).toBe('0010_report_and_unit_corrections');
        expect(await store.getObservation('o1')).toMatchObject({
          approval: 'approved',
          approvalReason: null,
          reviewedBy: null,
          reviewedAt: null,
        });
        expect((await store.tokens.list()).map((token) => token.scope)).toEqual([null]);
        const planOf = await db
          .selectFrom('observation_revisions')
          .select(['id', 'plan_id'])
          .orderBy('id')
          .execute();
        // No plan had been added at run time, so the deleted observation was the Ordos plan's too.
        expect(planOf).toEqual([
          { id: 'r1', plan_id: DEFAULT_PLAN_ID },
          { id: 'r2', plan_id: DEFAULT_PLAN_ID },
        ]);
        // A snapshot stored before the review fields reads as approved.
        const history = await store.history('gone');
        expect(history.map((step) => [step.action, step.new?.approval])).toEqual([
          ['create', 'approved'],
          ['update', undefined],
        ]);
        expect(history[1]?.old?.approval).toBe('approved');
        // The database refuses a review state that does not exist.
        await expect(
          db
            .updateTable('observations')
            .set({ approval: 'maybe' as never })
            .execute(),
        ).rejects.toThrow();
        expect(await store.listRegionTargets()).toEqual([]);
      } finally {
        await dispose();
      }
    });

    it('leaves the plan of a deleted observation unknown when plans were added at run time', async () => {
      const { store, dispose } = await factory.open('0003_plans');
      try {
        await store.db
          .insertInto('plans')
          .values({
            id: 'fixture-plan',
            file_json: '{}',
            created_at: '2024-01-01T00:00:00.000Z',
            created_by: 'admin',
            actor_id: null,
          })
          .execute();
        await store.db
          .insertInto('observation_revisions')
          .values({
            id: 'r1',
            observation_id: 'gone',
            revision: 2,
            action: 'delete',
            actor: 'writer',
            actor_id: null,
            created_by_id: null,
            at: '2024-01-02T00:00:00.000Z',
            old_json: JSON.stringify(fromRow(toRow(newObservation(), 'gone', 'x', { name: 'w' }))),
            new_json: null,
            reason: null,
          } as never)
          .execute();
        await store.migrate();
        const [row] = await store.db
          .selectFrom('observation_revisions')
          .select('plan_id')
          .execute();
        expect(row?.plan_id).toBeNull();
        // Not known: shown under either plan rather than lost.
        expect(await store.forPlan('fixture-plan').history('gone')).toHaveLength(2);
        expect(await store.history('gone')).toHaveLength(2);
      } finally {
        await dispose();
      }
    });
  });
}
