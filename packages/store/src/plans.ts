import { randomUUID } from 'node:crypto';
import { bumpDataVersion } from './_lib/bumpDataVersion.js';
import { toRow } from './_lib/observationRow.js';
import type { StoreContext } from './_lib/storeContext.js';
import { ConflictError } from './conflictError.js';
import type { PlanRow } from './database.js';
import type { Actor, NewObservation, StoredPlan } from './store.types.js';

/** How many rows go into one insert: well under SQLite's limit of bound variables. */
const BATCH = 500;

const fromPlanRow = (row: PlanRow): StoredPlan => ({
  id: row.id,
  file: JSON.parse(row.file_json) as unknown,
  createdAt: row.created_at,
  createdBy: row.created_by,
  actorId: row.actor_id ?? null,
});

const idTaken = (id: string) =>
  new ConflictError(
    { zh: `编号为“${id}”的规划已存在`, en: `a plan with the id "${id}" already exists` },
    id,
  );

/**
 * The plans added at run time, as the files they were added with. The store does not
 * read a plan file: the caller has checked it (`parsePlan` of @plan/plans) and gives its id.
 */
export function createPlanStore({ db, now }: StoreContext) {
  return {
    /**
     * Stores a plan file under `id`, with the observations it brings (its baseline
     * values), in one transaction. An id already stored is a ConflictError and
     * nothing is written.
     */
    async savePlan(
      plan: { id: string; file: unknown },
      actor: Actor,
      options: { observations?: readonly NewObservation[]; reason?: string } = {},
    ): Promise<StoredPlan> {
      const at = now();
      const row: PlanRow = {
        id: plan.id,
        file_json: JSON.stringify(plan.file),
        created_at: at,
        created_by: actor.name,
        actor_id: actor.id ?? null,
      };
      await db.transaction().execute(async (trx) => {
        const existing = await trx
          .selectFrom('plans')
          .select('id')
          .where('id', '=', plan.id)
          .executeTakeFirst();
        if (existing) throw idTaken(plan.id);
        try {
          await trx.insertInto('plans').values(row).execute();
        } catch (error) {
          // A concurrent writer stored the same id first (PostgreSQL).
          if ((error as { code?: unknown } | null)?.code === '23505') throw idTaken(plan.id);
          throw error;
        }
        const rows = (options.observations ?? []).map((observation) =>
          toRow(observation, randomUUID(), at, actor, options.reason ?? null, undefined, plan.id),
        );
        for (let start = 0; start < rows.length; start += BATCH)
          await trx
            .insertInto('observations')
            .values(rows.slice(start, start + BATCH))
            .execute();
        await bumpDataVersion(trx);
      });
      return fromPlanRow(row);
    },

    /** Every stored plan, oldest first. */
    async listPlans(): Promise<StoredPlan[]> {
      const rows = await db
        .selectFrom('plans')
        .selectAll()
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(fromPlanRow);
    },

    /** The stored plan with this id, or undefined. */
    async getPlan(id: string): Promise<StoredPlan | undefined> {
      const row = await db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? fromPlanRow(row) : undefined;
    },
  };
}
