import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { bumpDataVersion } from '../_lib/bumpDataVersion.js';
import type { StoreContext } from '../_lib/storeContext.js';
import { ConflictError } from '../conflictError.js';
import type { Database, ResponsibilityRevisionRow, ResponsibilityRow } from '../database.js';
import type { Actor } from '../store.types.js';
import { DuplicateItemError } from './errors.js';
import type { Assignment, Responsibility, ResponsibilityRevision } from './schema.js';
import { isUniqueViolation } from './uniqueViolation.js';
import { assertUnitsExist } from './units.js';

/** One row of a bulk assignment (an import of the bureau's list). */
export type ResponsibilityPut = Assignment & { itemId: string; reason?: string | null | undefined };

/** What a bulk assignment did: items assigned for the first time, changed, and already so. */
export type ResponsibilitiesOutcome = { created: number; updated: number; unchanged: number };

/**
 * The assignment as stored: cooperating units each once, in the order given, without the lead
 * (a unit is the lead or a cooperating one, not both).
 */
const normalise = ({ lead, cooperating }: Assignment): Assignment => ({
  lead: lead?.trim() || null,
  cooperating: [...new Set(cooperating.map((id) => id.trim()))].filter(
    (id) => id !== '' && id !== lead,
  ),
});

const sameAssignment = (a: Assignment, b: Assignment) =>
  a.lead === b.lead &&
  a.cooperating.length === b.cooperating.length &&
  a.cooperating.every((id, index) => b.cooperating[index] === id);

const assignmentOf = (row: ResponsibilityRow): Assignment => ({
  lead: row.lead_unit ?? null,
  cooperating: JSON.parse(row.cooperating_json) as string[],
});

const fromResponsibilityRow = (row: ResponsibilityRow): Responsibility => ({
  itemId: row.item_id,
  ...assignmentOf(row),
  version: Number(row.version),
  updatedAt: row.updated_at,
  updatedBy: row.updated_by,
});

const fromRevisionRow = (row: ResponsibilityRevisionRow): ResponsibilityRevision => ({
  itemId: row.item_id,
  version: Number(row.version),
  old: row.old_json ? (JSON.parse(row.old_json) as Assignment) : null,
  new: JSON.parse(row.new_json) as Assignment,
  actor: row.actor,
  actorId: row.actor_id ?? null,
  at: row.at,
  reason: row.reason ?? null,
});

/**
 * A ConflictError for a change that lost a race with another one to the same item (the
 * version key refused it), so the caller answers 409 and the writer tries again.
 */
const concurrentChange =
  (itemId?: string) =>
  (error: unknown): never => {
    if (!isUniqueViolation(error)) throw error;
    throw new ConflictError(
      {
        zh: `${itemId ? `${itemId} ` : '清单中某一事项'}的责任分工同时被他人修改，请重新读取后再试`,
        en: `the responsibility of ${itemId ?? 'an item of the list'} was changed at the same time; read it again and retry`,
      },
      '',
    );
  };

/**
 * The responsibility list (责任清单) of one plan: the lead and cooperating units of each measure
 * and target, set by the bureau (the plan names none). Every change is kept with who made it,
 * when and why; the caller checks that the item exists in the plan, the store that the units do.
 */
export function createResponsibilities({ db, now }: StoreContext, planId: string) {
  /** Sets one item's assignment inside a transaction; an unchanged one writes nothing. */
  async function putIn(
    trx: Transaction<Database>,
    itemId: string,
    given: Assignment,
    actor: Actor,
    reason: string | null,
    at: string,
  ): Promise<{ responsibility: Responsibility; outcome: keyof ResponsibilitiesOutcome }> {
    const assignment = normalise(given);
    await assertUnitsExist(
      trx,
      [...(assignment.lead ? [assignment.lead] : []), ...assignment.cooperating],
      itemId,
    );
    const existing = await trx
      .selectFrom('responsibilities')
      .selectAll()
      .where('plan_id', '=', planId)
      .where('item_id', '=', itemId)
      .executeTakeFirst();
    const before = existing ? assignmentOf(existing) : null;
    if (existing && before && sameAssignment(before, assignment))
      return { responsibility: fromResponsibilityRow(existing), outcome: 'unchanged' };
    const version = existing ? Number(existing.version) + 1 : 1;
    const row: ResponsibilityRow = {
      plan_id: planId,
      item_id: itemId,
      lead_unit: assignment.lead,
      cooperating_json: JSON.stringify(assignment.cooperating),
      version,
      updated_at: at,
      updated_by: actor.name,
      updated_by_id: actor.id ?? null,
    };
    if (existing)
      await trx
        .updateTable('responsibilities')
        .set({
          lead_unit: row.lead_unit,
          cooperating_json: row.cooperating_json,
          version,
          updated_at: at,
          updated_by: row.updated_by,
          updated_by_id: row.updated_by_id,
        })
        .where('plan_id', '=', planId)
        .where('item_id', '=', itemId)
        // A concurrent change moved the version: the unique revision key below refuses this one.
        .where('version', '=', existing.version)
        .execute();
    else await trx.insertInto('responsibilities').values(row).execute();
    await trx
      .insertInto('responsibility_revisions')
      .values({
        id: randomUUID(),
        plan_id: planId,
        item_id: itemId,
        version,
        old_json: before ? JSON.stringify(before) : null,
        new_json: JSON.stringify(assignment),
        actor: actor.name,
        actor_id: actor.id ?? null,
        at,
        reason,
      })
      .execute();
    return {
      responsibility: fromResponsibilityRow(row),
      outcome: existing ? 'updated' : 'created',
    };
  }

  return {
    /** Every assigned item of the plan, by item id. */
    async listResponsibilities(): Promise<Responsibility[]> {
      const rows = await db
        .selectFrom('responsibilities')
        .selectAll()
        .where('plan_id', '=', planId)
        .orderBy('item_id')
        .execute();
      return rows.map(fromResponsibilityRow);
    },

    /** One item's assignment, or undefined when none was ever set. */
    async getResponsibility(itemId: string): Promise<Responsibility | undefined> {
      const row = await db
        .selectFrom('responsibilities')
        .selectAll()
        .where('plan_id', '=', planId)
        .where('item_id', '=', itemId)
        .executeTakeFirst();
      return row ? fromResponsibilityRow(row) : undefined;
    },

    /**
     * Sets who is responsible for an item, keeping the change in its history with `reason`.
     * UnknownUnitError (naming the units and the item) when a unit does not exist; an
     * assignment equal to the current one changes nothing and is not recorded again.
     */
    async putResponsibility(
      itemId: string,
      assignment: Assignment,
      actor: Actor,
      reason?: string | null,
    ): Promise<Responsibility> {
      return db
        .transaction()
        .execute(async (trx) => {
          const put = await putIn(trx, itemId, assignment, actor, reason?.trim() || null, now());
          if (put.outcome !== 'unchanged') await bumpDataVersion(trx);
          return put.responsibility;
        })
        .catch(concurrentChange(itemId));
    },

    /**
     * Sets many items' assignments in one transaction, all or nothing (an import of the bureau's
     * list): an unknown unit or an item named twice writes none of them.
     */
    async putResponsibilities(
      rows: readonly ResponsibilityPut[],
      actor: Actor,
    ): Promise<ResponsibilitiesOutcome> {
      const counts: ResponsibilitiesOutcome = { created: 0, updated: 0, unchanged: 0 };
      const seen = new Set<string>();
      for (const row of rows) {
        if (seen.has(row.itemId)) throw new DuplicateItemError(row.itemId);
        seen.add(row.itemId);
      }
      if (rows.length === 0) return counts;
      return db
        .transaction()
        .execute(async (trx) => {
          const at = now();
          for (const row of rows) {
            const put = await putIn(trx, row.itemId, row, actor, row.reason?.trim() || null, at);
            counts[put.outcome]++;
          }
          if (counts.created + counts.updated > 0) await bumpDataVersion(trx);
          return counts;
        })
        .catch(concurrentChange());
    },

    /** Every change of an item's assignment, oldest first. */
    async responsibilityHistory(itemId: string): Promise<ResponsibilityRevision[]> {
      const rows = await db
        .selectFrom('responsibility_revisions')
        .selectAll()
        .where('plan_id', '=', planId)
        .where('item_id', '=', itemId)
        .orderBy('version')
        .execute();
      return rows.map(fromRevisionRow);
    },
  };
}
