import { randomUUID } from 'node:crypto';
import type { Observation, Revision } from '@plan/observations';
import type { Transaction } from 'kysely';
import { fromRow } from './_lib/observationRow.js';
import type { StoreContext } from './_lib/storeContext.js';
import type { Database } from './database.js';
import type { Actor } from './store.types.js';

/**
 * The history of observations: every update and delete with who, when, the
 * value before and after, and why. The creation is not stored twice: the row
 * itself (or the `old` side of its first change) says who created it and why.
 */
export function createRevisions({ db }: StoreContext) {
  return {
    /** Records one change inside the caller's transaction, numbered after the last one. */
    async record(
      trx: Transaction<Database>,
      observationId: string,
      action: 'update' | 'delete',
      actor: Actor,
      old: Observation | null,
      next: Observation | null,
      reason: string | null,
      at: string,
      /** The id of the token that created the observation (the row's created_by_id). */
      createdById: string | null,
    ) {
      const last = await trx
        .selectFrom('observation_revisions')
        .select(({ fn }) => fn.max('revision').as('latest'))
        .where('observation_id', '=', observationId)
        .executeTakeFirst();
      await trx
        .insertInto('observation_revisions')
        .values({
          id: randomUUID(),
          observation_id: observationId,
          // Revision 1 is the creation, kept on the row itself; changes count from 2.
          revision: Number(last?.latest ?? 1) + 1,
          action,
          actor: actor.name,
          actor_id: actor.id ?? null,
          created_by_id: createdById,
          at,
          old_json: old ? JSON.stringify(old) : null,
          new_json: next ? JSON.stringify(next) : null,
          reason,
        })
        .execute();
    },

    /** Every state of an observation, the creation first; empty for an id never stored. */
    async history(id: string): Promise<Revision[]> {
      const rows = await db
        .selectFrom('observation_revisions')
        .selectAll()
        .where('observation_id', '=', id)
        .orderBy('revision')
        .execute();
      const changes: Revision[] = rows.map((row) => ({
        revision: Number(row.revision),
        action: row.action,
        actor: row.actor,
        actorId: row.actor_id ?? null,
        at: row.at,
        old: row.old_json ? (JSON.parse(row.old_json) as Observation) : null,
        new: row.new_json ? (JSON.parse(row.new_json) as Observation) : null,
        reason: row.reason,
      }));
      // The created state is the first change's `old` side, or the row as it still is.
      const current = await db
        .selectFrom('observations')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
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
