import { randomUUID } from 'node:crypto';
import type { Observation, Revision } from '@plan/observations';
import type { Transaction } from 'kysely';
import { fromRow, fromSnapshot } from './_lib/observationRow.js';
import type { StoreContext } from './_lib/storeContext.js';
import type { Database, RevisionRow } from './database.js';
import type { Actor } from './store.types.js';

/** One step of an observation's history, as its writer records it. */
type Step = {
  observationId: string;
  /** The plan of the observation, so its history is found under that plan. */
  planId: string;
  action: RevisionRow['action'];
  actor: Actor;
  old: Observation | null;
  next: Observation | null;
  reason: string | null;
  at: string;
  /** The id of the token that created the observation (the row's created_by_id). */
  createdById: string | null;
};

/**
 * The history of observations: every update, delete, approval and return with who, when,
 * the observation before and after (its `approval` included), and why. The creation is not
 * stored twice: the row itself (or the `old` side of its first change) says who created it and why.
 */
export function createRevisions({ db }: StoreContext) {
  return {
    /** Records one step inside the caller's transaction, numbered after the last one. */
    async record(trx: Transaction<Database>, step: Step) {
      const last = await trx
        .selectFrom('observation_revisions')
        .select(({ fn }) => fn.max('revision').as('latest'))
        .where('observation_id', '=', step.observationId)
        .executeTakeFirst();
      await trx
        .insertInto('observation_revisions')
        .values({
          id: randomUUID(),
          observation_id: step.observationId,
          plan_id: step.planId,
          // Revision 1 is the creation, kept on the row itself; changes count from 2.
          revision: Number(last?.latest ?? 1) + 1,
          action: step.action,
          actor: step.actor.name,
          actor_id: step.actor.id ?? null,
          created_by_id: step.createdById,
          at: step.at,
          old_json: step.old ? JSON.stringify(step.old) : null,
          new_json: step.next ? JSON.stringify(step.next) : null,
          reason: step.reason,
        })
        .execute();
    },

    /**
     * Every state of an observation, the creation first; empty for an id never stored. With
     * `planId`, only an observation of that plan (revisions whose plan is not known, of an
     * observation deleted before migration 0004 in a store that had several plans, are kept).
     */
    async history(id: string, planId?: string): Promise<Revision[]> {
      let revisionQuery = db
        .selectFrom('observation_revisions')
        .selectAll()
        .where('observation_id', '=', id);
      if (planId !== undefined)
        revisionQuery = revisionQuery.where((eb) =>
          eb.or([eb('plan_id', '=', planId), eb('plan_id', 'is', null)]),
        );
      const rows = await revisionQuery.orderBy('revision').execute();
      const changes: Revision[] = rows.map((row) => ({
        revision: Number(row.revision),
        action: row.action,
        actor: row.actor,
        actorId: row.actor_id ?? null,
        at: row.at,
        old: row.old_json ? fromSnapshot(row.old_json) : null,
        new: row.new_json ? fromSnapshot(row.new_json) : null,
        reason: row.reason,
      }));
      // The created state is the first change's `old` side, or the row as it still is.
      let currentQuery = db.selectFrom('observations').selectAll().where('id', '=', id);
      if (planId !== undefined) currentQuery = currentQuery.where('plan_id', '=', planId);
      const current = await currentQuery.executeTakeFirst();
      const created = changes[0]?.old ?? (current ? fromRow(current) : undefined);
      // The creator's token id lives on the row; once a row is deleted, on its creation revision's row.
      const createdById = current ? current.created_by_id : (rows[0]?.created_by_id ?? null);
      if (!created) return [];
      const first: Observation = {
        ...created,
        version: 1,
        updatedAt: created.createdAt,
        updatedBy: created.createdBy,
      };
      return [
        {
          revision: 1,
          action: 'create',
          actor: created.createdBy,
          actorId: createdById,
          at: created.createdAt,
          old: null,
          new: first,
          reason: created.createdReason,
        },
        ...changes,
      ];
    },
  };
}

export type Revisions = ReturnType<typeof createRevisions>;
