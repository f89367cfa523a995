import type { Transaction } from 'kysely';
import { bumpDataVersion } from './_lib/bumpDataVersion.js';
import type { StoreContext } from './_lib/storeContext.js';
import type { Database, RegionTargetRow } from './database.js';
import type { Actor } from './store.types.js';

/** A district's target for an indicator, as stored; the value is the caller's to read. */
export type StoredRegionTarget = {
  indicatorId: string;
  region: string;
  value: unknown;
  /** The document that set the target. */
  source: string;
  note: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
};

/** A district's target to store: the caller has checked the value against the indicator. */
export type RegionTargetInput = {
  indicatorId: string;
  region: string;
  value: unknown;
  source: string;
  note?: string | null | undefined;
};

const fromTargetRow = (row: RegionTargetRow): StoredRegionTarget => ({
  indicatorId: row.indicator_id,
  region: row.region,
  value: JSON.parse(row.value_json) as unknown,
  source: row.source,
  note: row.note ?? null,
  createdAt: row.created_at,
  createdBy: row.created_by,
  updatedAt: row.updated_at,
  updatedBy: row.updated_by,
});

/**
 * The districts' targets of one plan: the plan sets none, so the bureau enters or imports
 * them, each with its source. One per indicator and region; a write bumps the data version
 * (judgements depend on them).
 */
export function createRegionTargets({ db, now }: StoreContext, planId: string) {
  /** Puts one target inside a transaction: an upsert, so a concurrent put of the same key replaces rather than fails. */
  async function putIn(
    trx: Transaction<Database>,
    target: RegionTargetInput,
    actor: Actor,
    at: string,
  ): Promise<{ target: StoredRegionTarget; created: boolean }> {
    const fields = {
      value_json: JSON.stringify(target.value),
      source: target.source,
      note: target.note ?? null,
      updated_at: at,
      updated_by: actor.name,
      updated_by_id: actor.id ?? null,
    };
    const row: RegionTargetRow = {
      plan_id: planId,
      indicator_id: target.indicatorId,
      region: target.region,
      ...fields,
      created_at: at,
      created_by: actor.name,
      created_by_id: actor.id ?? null,
    };
    const existing = await trx
      .selectFrom('region_targets')
      .selectAll()
      .where('plan_id', '=', planId)
      .where('indicator_id', '=', target.indicatorId)
      .where('region', '=', target.region)
      .executeTakeFirst();
    await trx
      .insertInto('region_targets')
      .values(row)
      .onConflict((conflict) =>
        conflict.columns(['plan_id', 'indicator_id', 'region']).doUpdateSet(fields),
      )
      .execute();
    const stored = existing ? { ...existing, ...fields } : row;
    return { target: fromTargetRow(stored), created: !existing };
  }

  return {
    /** The plan's district targets, by indicator then region; only a region's or an indicator's when given. */
    async listRegionTargets(
      filter: { region?: string | undefined; indicatorId?: string | undefined } = {},
    ): Promise<StoredRegionTarget[]> {
      let query = db.selectFrom('region_targets').selectAll().where('plan_id', '=', planId);
      if (filter.region) query = query.where('region', '=', filter.region);
      if (filter.indicatorId) query = query.where('indicator_id', '=', filter.indicatorId);
      const rows = await query.orderBy('indicator_id').orderBy('region').execute();
      return rows.map(fromTargetRow);
    },

    /** Sets a district's target for an indicator, replacing the one there was; `created` says which. */
    async putRegionTarget(
      target: RegionTargetInput,
      actor: Actor,
    ): Promise<{ target: StoredRegionTarget; created: boolean }> {
      return db.transaction().execute(async (trx) => {
        const outcome = await putIn(trx, target, actor, now());
        await bumpDataVersion(trx);
        return outcome;
      });
    },

    /**
     * Sets many districts' targets in one transaction, all or nothing (an import of the
     * bureau's list); each replaces the one there was. Values are stored as given: the caller
     * checks them first.
     */
    async putRegionTargets(
      targets: readonly RegionTargetInput[],
      actor: Actor,
    ): Promise<{ created: number; replaced: number }> {
      if (targets.length === 0) return { created: 0, replaced: 0 };
      return db.transaction().execute(async (trx) => {
        const at = now();
        let created = 0;
        for (const target of targets) if ((await putIn(trx, target, actor, at)).created) created++;
        await bumpDataVersion(trx);
        return { created, replaced: targets.length - created };
      });
    },

    /** Removes a district's target; false when there was none. */
    async deleteRegionTarget(indicatorId: string, region: string): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const result = await trx
          .deleteFrom('region_targets')
          .where('plan_id', '=', planId)
          .where('indicator_id', '=', indicatorId)
          .where('region', '=', region)
          .executeTakeFirst();
        const deleted = Number(result.numDeletedRows) > 0;
        if (deleted) await bumpDataVersion(trx);
        return deleted;
      });
    },
  };
}
