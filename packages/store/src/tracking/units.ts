import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { bumpDataVersion } from '../_lib/bumpDataVersion.js';
import { lockUnitRow } from '../_lib/lockUnitRow.js';
import type { StoreContext } from '../_lib/storeContext.js';
import type { Database, UnitRevisionRow, UnitRow } from '../database.js';
import type { Actor } from '../store.types.js';
import { DuplicateUnitError, UnknownUnitError } from './errors.js';
import type { Unit, UnitInput, UnitPatch, UnitRevision } from './schema.js';
import { isUniqueViolation } from './uniqueViolation.js';

const fromUnitRow = (row: UnitRow): Unit => ({
  id: row.id,
  nameZh: row.name_zh,
  nameEn: row.name_en ?? null,
  createdAt: row.created_at,
  createdBy: row.created_by,
  version: row.version,
  retiredAt: row.retired_at ?? null,
});

/** A unit as its history keeps it. */
const stateOf = (row: UnitRow) => ({
  nameZh: row.name_zh,
  nameEn: row.name_en ?? null,
  retired: row.retired_at !== null,
});

/**
 * What names a unit: the items it is responsible for now (any plan), the tokens that report for
 * it (revoked ones too), its measure reports (withdrawn ones too) and the responsibility changes
 * that named it. The first two are live: a unit they name is still at work.
 */
export type UnitReferences = {
  responsibilities: { planId: string; itemId: string; as: 'lead' | 'cooperating' }[];
  tokens: { name: string; revoked: boolean }[];
  reports: number;
  responsibilityChanges: number;
};

/** Whether anything still puts the unit to work (a current responsibility or a live token). */
const hasLiveReferences = (references: UnitReferences): boolean =>
  references.responsibilities.length > 0 || references.tokens.some((token) => !token.revoked);

/** Whether anything at all names the unit. */
const hasAnyReferences = (references: UnitReferences): boolean =>
  hasLiveReferences(references) ||
  references.tokens.length > 0 ||
  references.reports > 0 ||
  references.responsibilityChanges > 0;

/** Everything that names `unitId` (read inside the change's transaction). */
async function referencesOf(reader: Kysely<Database>, unitId: string): Promise<UnitReferences> {
  // JSON lists are matched as text first, then parsed: a unit id is a slug, so `"id"` is exact.
  const quoted = `%${JSON.stringify(unitId)}%`;
  const rows = await reader
    .selectFrom('responsibilities')
    .select(['plan_id', 'item_id', 'lead_unit', 'cooperating_json'])
    .where((eb) => eb.or([eb('lead_unit', '=', unitId), eb('cooperating_json', 'like', quoted)]))
    .orderBy('plan_id')
    .orderBy('item_id')
    .execute();
  const responsibilities: UnitReferences['responsibilities'] = [];
  for (const row of rows) {
    if (row.lead_unit === unitId)
      responsibilities.push({ planId: row.plan_id, itemId: row.item_id, as: 'lead' });
    else if ((JSON.parse(row.cooperating_json) as string[]).includes(unitId))
      responsibilities.push({ planId: row.plan_id, itemId: row.item_id, as: 'cooperating' });
  }
  const tokenRows = await reader
    .selectFrom('tokens')
    .select(['name', 'scope', 'revoked_at'])
    .where('scope', 'like', quoted)
    .orderBy('name')
    .execute();
  const tokens = tokenRows
    .filter((row) => {
      const scope = row.scope ? (JSON.parse(row.scope) as { unit?: unknown }) : null;
      return scope?.unit === unitId;
    })
    .map((row) => ({ name: row.name, revoked: row.revoked_at !== null }));
  const reports = await reader
    .selectFrom('measure_reports')
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('count'))
    .where('unit', '=', unitId)
    .executeTakeFirstOrThrow();
  const changes = await reader
    .selectFrom('responsibility_revisions')
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('count'))
    .where((eb) => eb.or([eb('old_json', 'like', quoted), eb('new_json', 'like', quoted)]))
    .executeTakeFirstOrThrow();
  return {
    responsibilities,
    tokens,
    reports: Number(reports.count),
    responsibilityChanges: Number(changes.count),
  };
}

/** What a change of a unit came to. */
export type UnitChangeResult =
  | { status: 'changed'; unit: Unit }
  | { status: 'deleted' }
  | { status: 'not_found' }
  | { status: 'stale'; current: Unit }
  | { status: 'referenced'; current: Unit; references: UnitReferences };

/**
 * A retired unit named for new work (an assignment or a report). An UnknownUnitError, so every
 * caller that refuses an unknown unit refuses it the same way; its text says it is retired.
 */
export class RetiredUnitError extends UnknownUnitError {
  constructor(unitIds: readonly string[], itemId?: string) {
    super(unitIds, itemId);
    const names = unitIds.map((id) => `"${id}"`).join(', ');
    const namesZh = unitIds.map((id) => `“${id}”`).join('、');
    const text = {
      zh: `单位 ${namesZh}${itemId ? `（用于 ${itemId}）` : ''}已撤销，不再承担新的工作：请指定在用的单位`,
      en: `retired unit${unitIds.length === 1 ? '' : 's'} ${names}${itemId ? ` (for ${itemId})` : ''}: a retired unit takes no new work; assign a unit in service`,
    };
    // Both the English message and, where the error carries them, its texts in both languages.
    Object.assign(this, { message: text.en, messages: text });
    this.name = 'RetiredUnitError';
  }
}

/**
 * Throws UnknownUnitError naming every id in `ids` that is not a unit, or RetiredUnitError naming
 * the retired ones (inside the write's transaction, so a unit cannot vanish or retire between the
 * check and the write).
 */
export async function assertUnitsExist(
  trx: Transaction<Database>,
  ids: readonly string[],
  itemId?: string,
): Promise<void> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return;
  const found = await trx
    .selectFrom('units')
    .select(['id', 'retired_at'])
    .where('id', 'in', wanted)
    .execute();
  const known = new Set(found.map((row) => row.id));
  const unknown = wanted.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new UnknownUnitError(unknown, itemId);
  const retired = found.filter((row) => row.retired_at !== null).map((row) => row.id);
  if (retired.length > 0) throw new RetiredUnitError(retired, itemId);
}

/**
 * The units (单位) that own and report on plan items: global, shared by every plan. The plan
 * names none, so they are entered by users; a unit's id and its Chinese name are each unique.
 */
export function createUnits({ db, now }: StoreContext) {
  return {
    /** Every unit, by id. */
    async list(): Promise<Unit[]> {
      const rows = await db.selectFrom('units').selectAll().orderBy('id').execute();
      return rows.map(fromUnitRow);
    },

    /** One unit, or undefined. */
    async get(id: string): Promise<Unit | undefined> {
      const row = await db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? fromUnitRow(row) : undefined;
    },

    /** Adds a unit; DuplicateUnitError when its id or Chinese name is taken. */
    async create(input: UnitInput, actor: Actor): Promise<Unit> {
      const row: UnitRow = {
        id: input.id.trim(),
        name_zh: input.nameZh.trim(),
        name_en: input.nameEn?.trim() || null,
        created_at: now(),
        created_by: actor.name,
        created_by_id: actor.id ?? null,
        version: 1,
        retired_at: null,
        retired_by: null,
        retired_by_id: null,
      };
      const refuseTaken = async (reader: Kysely<Database>) => {
        const taken = await reader
          .selectFrom('units')
          .select(['id', 'name_zh'])
          .where((eb) => eb.or([eb('id', '=', row.id), eb('name_zh', '=', row.name_zh)]))
          .execute();
        const sameId = taken.find((unit) => unit.id === row.id);
        if (sameId) throw new DuplicateUnitError('id', row.id, sameId.id);
        const sameName = taken[0];
        if (sameName) throw new DuplicateUnitError('nameZh', row.name_zh, sameName.id);
      };
      try {
        return await db.transaction().execute(async (trx) => {
          await refuseTaken(trx);
          // The columns of 0006 only: the later ones start at their defaults (version 1, in
          // service), so a unit is created alike on a database of any migration since 0006.
          const { version, retired_at, retired_by, retired_by_id, ...columns0006 } = row;
          await trx
            .insertInto('units')
            .values(columns0006 as UnitRow)
            .execute();
          await bumpDataVersion(trx);
          return fromUnitRow(row);
        });
      } catch (error) {
        // Another unit of that id or name was created at the same time: name it.
        if (isUniqueViolation(error)) await refuseTaken(db);
        throw error;
      }
    },

    /** Everything that names a unit (see UnitReferences); undefined when there is no such unit. */
    async references(id: string): Promise<UnitReferences | undefined> {
      const row = await db.selectFrom('units').select('id').where('id', '=', id).executeTakeFirst();
      return row ? referencesOf(db, id) : undefined;
    },

    /**
     * Renames a unit, retires it or puts it back in service, if it is still at `expectedVersion`;
     * the change is kept in its history. Its id never changes, so what names it keeps naming it.
     * Retiring is refused (`referenced`) while it is responsible for items or has live tokens:
     * those are reassigned and revoked first. DuplicateUnitError when the Chinese name is taken.
     */
    async update(
      id: string,
      expectedVersion: number,
      patch: UnitPatch,
      actor: Actor,
    ): Promise<UnitChangeResult> {
      const renameTo = patch.nameZh?.trim();
      const refuseTaken = async (reader: Kysely<Database>) => {
        if (renameTo === undefined) return;
        const taken = await reader
          .selectFrom('units')
          .select('id')
          .where('name_zh', '=', renameTo)
          .where('id', '!=', id)
          .executeTakeFirst();
        if (taken) throw new DuplicateUnitError('nameZh', renameTo, taken.id);
      };
      try {
        return await db.transaction().execute(async (trx) => {
          // Locked before anything is read: a token created at the same time waits (lockUnitRow).
          await lockUnitRow(trx, id);
          const found = await unitAt(trx, id, expectedVersion);
          if ('status' in found) return found;
          const { row } = found;
          await refuseTaken(trx);
          const at = now();
          const retiring = patch.retired === true && row.retired_at === null;
          const restoring = patch.retired === false && row.retired_at !== null;
          if (retiring) {
            const references = await referencesOf(trx, id);
            if (hasLiveReferences(references))
              return { status: 'referenced', current: fromUnitRow(row), references } as const;
          }
          const next: UnitRow = {
            ...row,
            name_zh: renameTo ?? row.name_zh,
            name_en: patch.nameEn === undefined ? row.name_en : patch.nameEn?.trim() || null,
            version: row.version + 1,
            ...(retiring
              ? { retired_at: at, retired_by: actor.name, retired_by_id: actor.id ?? null }
              : {}),
            ...(restoring ? { retired_at: null, retired_by: null, retired_by_id: null } : {}),
          };
          const unchanged =
            next.name_zh === row.name_zh && next.name_en === row.name_en && !retiring && !restoring;
          if (unchanged) return { status: 'changed', unit: fromUnitRow(row) } as const;
          const updated = await trx
            .updateTable('units')
            .set({
              name_zh: next.name_zh,
              name_en: next.name_en,
              version: next.version,
              retired_at: next.retired_at,
              retired_by: next.retired_by,
              retired_by_id: next.retired_by_id,
            })
            .where('id', '=', id)
            .where('version', '=', expectedVersion)
            .executeTakeFirst();
          if (Number(updated.numUpdatedRows) !== 1)
            return { status: 'stale', current: fromUnitRow(row) } as const;
          await recordRevision(trx, {
            unit_id: id,
            version: next.version,
            action: retiring ? 'retired' : restoring ? 'restored' : 'renamed',
            old_json: JSON.stringify(stateOf(row)),
            new_json: JSON.stringify(stateOf(next)),
            actor: actor.name,
            actor_id: actor.id ?? null,
            at,
          });
          await bumpDataVersion(trx);
          return { status: 'changed', unit: fromUnitRow(next) } as const;
        });
      } catch (error) {
        // Another unit took that name at the same time: name it.
        if (isUniqueViolation(error)) await refuseTaken(db);
        throw error;
      }
    },

    /**
     * Deletes a unit nothing names (no responsibility, token, report or responsibility change),
     * if it is still at `expectedVersion`; the deletion is kept in its history. A unit anything
     * names is never deleted (`referenced`, with what names it): it can be retired instead.
     */
    async delete(id: string, expectedVersion: number, actor: Actor): Promise<UnitChangeResult> {
      return db.transaction().execute(async (trx) => {
        await lockUnitRow(trx, id);
        const found = await unitAt(trx, id, expectedVersion);
        if ('status' in found) return found;
        const { row } = found;
        const references = await referencesOf(trx, id);
        if (hasAnyReferences(references))
          return { status: 'referenced', current: fromUnitRow(row), references } as const;
        const deleted = await trx
          .deleteFrom('units')
          .where('id', '=', id)
          .where('version', '=', expectedVersion)
          .executeTakeFirst();
        if (Number(deleted.numDeletedRows) !== 1)
          return { status: 'stale', current: fromUnitRow(row) } as const;
        await recordRevision(trx, {
          unit_id: id,
          version: row.version,
          action: 'deleted',
          old_json: JSON.stringify(stateOf(row)),
          new_json: null,
          actor: actor.name,
          actor_id: actor.id ?? null,
          at: now(),
        });
        await bumpDataVersion(trx);
        return { status: 'deleted' } as const;
      });
    },

    /** A unit's renames, retirements, returns and deletion, oldest first (a deleted unit's too). */
    async history(id: string): Promise<UnitRevision[]> {
      const rows = await db
        .selectFrom('unit_revisions')
        .selectAll()
        .where('unit_id', '=', id)
        .orderBy('at')
        .orderBy('version')
        .execute();
      return rows.map((row) => ({
        unitId: row.unit_id,
        version: row.version,
        action: row.action,
        old: JSON.parse(row.old_json),
        new: row.new_json === null ? null : JSON.parse(row.new_json),
        actor: row.actor,
        actorId: row.actor_id ?? null,
        at: row.at,
      }));
    },
  };
}

/** The unit `id` if it is at `expectedVersion`; else why not (not found, or stale with the unit as it is). */
async function unitAt(
  trx: Transaction<Database>,
  id: string,
  expectedVersion: number,
): Promise<{ row: UnitRow } | Extract<UnitChangeResult, { status: 'not_found' | 'stale' }>> {
  const row = await trx.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return { status: 'not_found' };
  if (row.version !== expectedVersion) return { status: 'stale', current: fromUnitRow(row) };
  return { row };
}

async function recordRevision(trx: Transaction<Database>, row: Omit<UnitRevisionRow, 'id'>) {
  await trx
    .insertInto('unit_revisions')
    .values({ id: randomUUID(), ...row })
    .execute();
}
