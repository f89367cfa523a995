import { randomUUID } from 'node:crypto';
import { DEMO_SOURCE, type Observation, type ObservationValue } from '@plan/observations';
import { type Kysely, sql, type Transaction } from 'kysely';
import { bumpDataVersion } from './_lib/bumpDataVersion.js';
import { DEFAULT_PLAN_ID, fromRow, toRow } from './_lib/observationRow.js';
import type { StoreContext } from './_lib/storeContext.js';
import { ApprovalStateError } from './approvalStateError.js';
import { ConflictError } from './conflictError.js';
import type { Database } from './database.js';
import type { Revisions } from './revisions.js';
import type {
  Actor,
  ApprovalSelection,
  NewObservation,
  ObservationFilter,
  UpdateResult,
  WriteApproval,
} from './store.types.js';

/**
 * The stored observation of the plan (and its creator's token id), if it is still at the
 * version the caller read (any version when the caller names none).
 */
async function currentAt(
  trx: Transaction<Database>,
  planId: string,
  id: string,
  expectedVersion: number | undefined,
): Promise<UpdateResult | { status: 'ok'; observation: Observation; createdById: string | null }> {
  const row = await trx
    .selectFrom('observations')
    .selectAll()
    .where('id', '=', id)
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  if (!row) return { status: 'not_found' };
  const current = fromRow(row);
  if (expectedVersion !== undefined && current.version !== expectedVersion)
    return { status: 'stale', current };
  return { status: 'ok', observation: current, createdById: row.created_by_id ?? null };
}

async function findByNaturalKey(
  trx: Kysely<Database>,
  planId: string,
  observation: Pick<NewObservation, 'indicatorId' | 'region' | 'date' | 'source'>,
) {
  return trx
    .selectFrom('observations')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('indicator_id', '=', observation.indicatorId)
    .where('region', '=', observation.region)
    .where('period_date', '=', observation.date)
    .where('source', '=', observation.source)
    .executeTakeFirst();
}

/** A unique-constraint violation, on either database (a concurrent writer won the race). */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

const keyTaken = (
  observation: Pick<NewObservation, 'indicatorId' | 'region' | 'date' | 'source'>,
  existingId: string,
) =>
  new ConflictError(
    {
      zh: `指标“${observation.indicatorId}”在 ${observation.region} ${observation.date} 来源“${observation.source}”的数据已存在（${existingId}），请更正那一条`,
      en: `an observation of "${observation.indicatorId}" for ${observation.region} on ${observation.date} from source "${observation.source}" already exists (${existingId}); correct that one instead`,
    },
    existingId,
  );

/**
 * The observations of one plan, one at a time: read, list, record, correct and delete.
 * Every write runs in one transaction, records its revision and bumps the data version;
 * a correction or deletion applies only at the version the caller read. An observation
 * of another plan is not found here.
 */
export function createObservationRows(
  { db, now }: StoreContext,
  revisions: Revisions,
  planId: string = DEFAULT_PLAN_ID,
) {
  /** Runs `write` in one transaction, only on an observation still at the version the caller read. */
  const atVersion = (
    id: string,
    expectedVersion: number | undefined,
    write: (
      trx: Transaction<Database>,
      current: Observation,
      createdById: string | null,
    ) => Promise<UpdateResult>,
  ): Promise<UpdateResult> =>
    db.transaction().execute(async (trx) => {
      const found = await currentAt(trx, planId, id, expectedVersion);
      return found.status === 'ok' && 'createdById' in found
        ? write(trx, found.observation, found.createdById)
        : found;
    });

  /**
   * The id of the row that won a race for a natural key. Only PostgreSQL gets here (SQLite runs
   * one transaction at a time, so the check before the write sees every row); it is read on
   * another connection because the failed transaction can run nothing more.
   */
  const winnerOf = async (error: unknown, key: Parameters<typeof findByNaturalKey>[2]) =>
    (error as { code?: unknown }).code === '23505'
      ? ((await findByNaturalKey(db, planId, key))?.id ?? '')
      : '';

  /** The row as it is now, after a write at an expected version changed nothing. */
  const staleOrGone = async (trx: Transaction<Database>, id: string): Promise<UpdateResult> => {
    const latest = await trx
      .selectFrom('observations')
      .selectAll()
      .where('id', '=', id)
      .where('plan_id', '=', planId)
      .executeTakeFirst();
    return latest
      ? ({ status: 'stale', current: fromRow(latest) } as const)
      : ({ status: 'not_found' } as const);
  };

  /**
   * One review step on an observation read in `trx`: approved, or returned with `reason`; the
   * version moves on (a district's edit at the old version is then stale), and the step is a
   * revision. The figure itself (value, updatedAt/By) is unchanged. Undefined when a concurrent
   * writer changed the row after it was read.
   */
  const review = async (
    trx: Transaction<Database>,
    current: Observation,
    createdById: string | null,
    action: 'approve' | 'return',
    actor: Actor,
    reason: string | null,
    at: string,
  ): Promise<Observation | undefined> => {
    const next: Observation = {
      ...current,
      approval: action === 'approve' ? 'approved' : 'returned',
      approvalReason: action === 'return' ? reason : current.approvalReason,
      reviewedBy: actor.name,
      reviewedAt: at,
      version: current.version + 1,
    };
    const result = await trx
      .updateTable('observations')
      .set({
        approval: next.approval,
        approval_reason: next.approvalReason,
        reviewed_by: actor.name,
        reviewed_by_id: actor.id ?? null,
        reviewed_at: at,
        version: next.version,
      })
      .where('id', '=', current.id)
      .where('plan_id', '=', planId)
      .where('version', '=', current.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return undefined;
    await revisions.record(trx, {
      observationId: current.id,
      planId,
      action,
      actor,
      old: current,
      next,
      reason,
      at,
      createdById,
    });
    return next;
  };

  return {
    async countObservations(): Promise<number> {
      const row = await db
        .selectFrom('observations')
        .select(({ fn }) => fn.countAll<number>().as('count'))
        .where('plan_id', '=', planId)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    async listObservations(filter: ObservationFilter = {}): Promise<Observation[]> {
      let query = db.selectFrom('observations').selectAll().where('plan_id', '=', planId);
      if (filter.indicatorId) query = query.where('indicator_id', '=', filter.indicatorId);
      if (filter.region) query = query.where('region', '=', filter.region);
      if (filter.source) query = query.where('source', '=', filter.source);
      if (filter.approval !== undefined) {
        const states = typeof filter.approval === 'string' ? [filter.approval] : filter.approval;
        if (states.length === 0) return [];
        query = query.where('approval', 'in', states);
      }
      if (!filter.includeIllustrative) query = query.where('illustrative', '=', 0);
      if (filter.from) query = query.where('period_date', '>=', filter.from);
      if (filter.to) query = query.where('period_date', '<=', filter.to);
      // Keyset order: the four columns of the natural key, so every row has one place.
      const byDate = filter.sort === 'date' || filter.sort === '-date';
      const columns = byDate
        ? (['period_date', 'indicator_id', 'region', 'source'] as const)
        : (['indicator_id', 'region', 'period_date', 'source'] as const);
      const direction = filter.sort === '-date' ? 'desc' : 'asc';
      // With one region asked for, region is the same in every row and drops out of the key: the
      // index (plan_id, region, indicator_id, period_date, source) then serves both the order and
      // the cursor, so each page of a region's export is a range read, not a sort of the region.
      const regionFixed = filter.region !== undefined && filter.region !== '';
      const key = columns.filter((column) => !(regionFixed && column === 'region'));
      const after = filter.after;
      if (after) {
        const values = columns.flatMap((column, at) => (key.includes(column) ? [after[at]] : []));
        query = query.where(
          sql<boolean>`(${sql.join(key.map((column) => sql.ref(column)))}) ${sql.raw(direction === 'desc' ? '<' : '>')} (${sql.join(values)})`,
        );
      }
      for (const column of key) query = query.orderBy(column, direction);
      if (filter.limit !== undefined) query = query.limit(filter.limit);
      const rows = await query.execute();
      return rows.map(fromRow);
    },

    async getObservation(id: string): Promise<Observation | undefined> {
      const row = await db
        .selectFrom('observations')
        .selectAll()
        .where('id', '=', id)
        .where('plan_id', '=', planId)
        .executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },

    /**
     * Records one observation, `approved` unless `options.approval` says `submitted` (a
     * district's figure, for the city to review); a second one with the same indicator,
     * region, date and source is a conflict.
     */
    async createObservation(
      observation: NewObservation,
      actor: Actor,
      reason: string | null = null,
      options: WriteApproval = {},
    ): Promise<Observation> {
      return db.transaction().execute(async (trx) => {
        const existing = await findByNaturalKey(trx, planId, observation);
        if (existing) throw keyTaken(observation, existing.id);
        const row = toRow(
          observation,
          randomUUID(),
          now(),
          actor,
          reason,
          undefined,
          planId,
          options.approval,
        );
        try {
          await trx.insertInto('observations').values(row).execute();
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
          throw keyTaken(observation, await winnerOf(error, observation));
        }
        await bumpDataVersion(trx);
        return fromRow(row);
      });
    },

    /**
     * Changes an observation if it is still at `expectedVersion`; a stale version changes nothing.
     * A new source that would give a second value for the same indicator, region and date is a
     * ConflictError naming the observation already there. The review state is left as it is
     * unless `options.approval` sets it: `submitted` for a district's resubmission, `approved`
     * for a correction that needs no review (one that was not approved before counts as
     * reviewed by the writer).
     */
    async updateObservation(
      id: string,
      expectedVersion: number,
      change: {
        value?: ObservationValue | undefined;
        note?: string | null | undefined;
        source?: string | undefined;
      },
      actor: Actor,
      reason: string | null,
      options: WriteApproval = {},
    ): Promise<UpdateResult> {
      return atVersion(id, expectedVersion, async (trx, current, createdById) => {
        const at = now();
        const approval = options.approval ?? current.approval;
        const reviewed = approval === 'approved' && current.approval !== 'approved';
        const source = change.source ?? current.source;
        const key = { ...current, source };
        if (source !== current.source) {
          const existing = await findByNaturalKey(trx, planId, key);
          if (existing && existing.id !== id) throw keyTaken(key, existing.id);
        }
        const next: Observation = {
          ...current,
          value: change.value ?? current.value,
          note: change.note === undefined ? current.note : change.note,
          source,
          illustrative: source === DEMO_SOURCE,
          version: current.version + 1,
          updatedAt: at,
          updatedBy: actor.name,
          approval,
          reviewedBy: reviewed ? actor.name : current.reviewedBy,
          reviewedAt: reviewed ? at : current.reviewedAt,
        };
        // The version in the WHERE clause makes the check and the write one step: a concurrent writer cannot slip between.
        const result = await trx
          .updateTable('observations')
          .set({
            value_json: JSON.stringify(next.value),
            note: next.note,
            source: next.source,
            illustrative: next.illustrative ? 1 : 0,
            version: next.version,
            updated_at: at,
            updated_by: actor.name,
            approval,
            ...(reviewed
              ? { reviewed_by: actor.name, reviewed_by_id: actor.id ?? null, reviewed_at: at }
              : {}),
          })
          .where('id', '=', id)
          .where('plan_id', '=', planId)
          .where('version', '=', expectedVersion)
          .executeTakeFirst()
          .catch(async (error: unknown) => {
            if (!isUniqueViolation(error)) throw error;
            throw keyTaken(key, await winnerOf(error, key));
          });
        if (Number(result.numUpdatedRows) !== 1) return staleOrGone(trx, id);
        await revisions.record(trx, {
          observationId: id,
          planId,
          action: 'update',
          actor,
          old: current,
          next,
          reason,
          at,
          createdById,
        });
        await bumpDataVersion(trx);
        return { status: 'ok', observation: next } as const;
      });
    },

    /** Deletes an observation at `expectedVersion`; its history keeps the deleted value. */
    async deleteObservation(
      id: string,
      expectedVersion: number,
      actor: Actor,
      reason: string | null,
    ): Promise<UpdateResult> {
      return atVersion(id, expectedVersion, async (trx, current, createdById) => {
        const result = await trx
          .deleteFrom('observations')
          .where('id', '=', id)
          .where('plan_id', '=', planId)
          .where('version', '=', expectedVersion)
          .executeTakeFirst();
        if (Number(result.numDeletedRows) !== 1) return { status: 'stale', current } as const;
        await revisions.record(trx, {
          observationId: id,
          planId,
          action: 'delete',
          actor,
          old: current,
          next: null,
          reason,
          at: now(),
          createdById,
        });
        await bumpDataVersion(trx);
        return { status: 'ok', observation: current } as const;
      });
    },

    /**
     * Approves a submitted figure (at `expectedVersion` when given): it counts from now on.
     * Approving an approved one changes nothing and returns it; a returned one is an
     * ApprovalStateError (the district corrects and resubmits it first).
     */
    async approve(id: string, actor: Actor, expectedVersion?: number): Promise<UpdateResult> {
      return atVersion(id, expectedVersion, async (trx, current, createdById) => {
        if (current.approval === 'approved') return { status: 'ok', observation: current };
        if (current.approval !== 'submitted') throw new ApprovalStateError('approve', current);
        const next = await review(trx, current, createdById, 'approve', actor, null, now());
        if (!next) return staleOrGone(trx, id);
        await bumpDataVersion(trx);
        return { status: 'ok', observation: next };
      });
    },

    /**
     * Returns a submitted or approved figure to its district with `reason` (kept on the figure
     * as `approvalReason` and in the history); it no longer counts until resubmitted and
     * approved. One already returned is an ApprovalStateError.
     */
    async returnObservation(
      id: string,
      actor: Actor,
      reason: string,
      expectedVersion?: number,
    ): Promise<UpdateResult> {
      const why = reason.trim();
      if (!why) throw new TypeError('returning a figure needs a reason');
      return atVersion(id, expectedVersion, async (trx, current, createdById) => {
        if (current.approval === 'returned') throw new ApprovalStateError('return', current);
        const next = await review(trx, current, createdById, 'return', actor, why, now());
        if (!next) return staleOrGone(trx, id);
        await bumpDataVersion(trx);
        return { status: 'ok', observation: next };
      });
    },

    /**
     * Approves, in one transaction, every submitted figure of a region (of `year`, and of
     * `indicatorIds`, when given), each step a revision of its own. Returns the ids approved;
     * a figure changed by a concurrent writer meanwhile is left for another look.
     */
    async approveMany(
      selection: ApprovalSelection,
      actor: Actor,
      reason: string | null = 'bulk approval',
    ): Promise<string[]> {
      if (selection.indicatorIds?.length === 0) return [];
      return db.transaction().execute(async (trx) => {
        let query = trx
          .selectFrom('observations')
          .selectAll()
          .where('plan_id', '=', planId)
          .where('approval', '=', 'submitted')
          .where('region', '=', selection.region);
        if (selection.year !== undefined) query = query.where('period_year', '=', selection.year);
        if (selection.indicatorIds)
          query = query.where('indicator_id', 'in', selection.indicatorIds);
        const rows = await query.orderBy('indicator_id').orderBy('period_date').execute();
        const at = now();
        const approved: string[] = [];
        for (const row of rows) {
          const next = await review(
            trx,
            fromRow(row),
            row.created_by_id ?? null,
            'approve',
            actor,
            reason,
            at,
          );
          if (next) approved.push(next.id);
        }
        if (approved.length > 0) await bumpDataVersion(trx);
        return approved;
      });
    },

    /** Every state of an observation of this plan, the creation first; empty for one never stored here. */
    history: (id: string) => revisions.history(id, planId),

    /** Removes every illustrative (demo) observation of the plan, keeping their history. */
    async deleteIllustrative(actor: Actor): Promise<number> {
      return db.transaction().execute(async (trx) => {
        const rows = await trx
          .selectFrom('observations')
          .selectAll()
          .where('plan_id', '=', planId)
          .where('illustrative', '=', 1)
          .execute();
        const at = now();
        for (const row of rows) {
          await revisions.record(trx, {
            observationId: row.id,
            planId,
            action: 'delete',
            actor,
            old: fromRow(row),
            next: null,
            reason: 'demo data removed',
            at,
            createdById: row.created_by_id ?? null,
          });
        }
        await trx
          .deleteFrom('observations')
          .where('plan_id', '=', planId)
          .where('illustrative', '=', 1)
          .execute();
        if (rows.length > 0) await bumpDataVersion(trx);
        return rows.length;
      });
    },
  };
}
