import type { Kysely, Transaction } from 'kysely';
import { bumpDataVersion } from '../_lib/bumpDataVersion.js';
import type { StoreContext } from '../_lib/storeContext.js';
import type { Database, UnitRow } from '../database.js';
import type { Actor } from '../store.types.js';
import { DuplicateUnitError, UnknownUnitError } from './errors.js';
import type { Unit, UnitInput } from './schema.js';
import { isUniqueViolation } from './uniqueViolation.js';

const fromUnitRow = (row: UnitRow): Unit => ({
  id: row.id,
  nameZh: row.name_zh,
  nameEn: row.name_en ?? null,
  createdAt: row.created_at,
  createdBy: row.created_by,
});

/**
 * Throws UnknownUnitError naming every id in `ids` that is not a unit (inside the write's
 * transaction, so a unit cannot vanish between the check and the write).
 */
export async function assertUnitsExist(
  trx: Transaction<Database>,
  ids: readonly string[],
  itemId?: string,
): Promise<void> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return;
  const found = await trx.selectFrom('units').select('id').where('id', 'in', wanted).execute();
  const known = new Set(found.map((row) => row.id));
  const unknown = wanted.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new UnknownUnitError(unknown, itemId);
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
          await trx.insertInto('units').values(row).execute();
          await bumpDataVersion(trx);
          return fromUnitRow(row);
        });
      } catch (error) {
        // Another unit of that id or name was created at the same time: name it.
        if (isUniqueViolation(error)) await refuseTaken(db);
        throw error;
      }
    },
  };
}
