import { sql, type Transaction } from 'kysely';
import type { Database } from '../database.js';

/** Counts a write: read caches and ETags are keyed on the data version. */
export async function bumpDataVersion(trx: Transaction<Database>) {
  await trx
    .updateTable('store_meta')
    .set({ value: sql`value + 1` })
    .where('key', '=', 'data_version')
    .execute();
}
