import type { Transaction } from 'kysely';
import type { Database } from '../database.js';

/**
 * Takes the unit's row lock for the rest of the transaction, by an update that changes nothing.
 *
 * Why: retiring a unit reads its live tokens, and creating a token reads whether its unit is
 * retired. On PostgreSQL (read committed) neither read sees the other's uncommitted row, so both
 * could commit and leave a live token for a retired unit. Both take this lock first: the second
 * waits for the first to commit, and its later reads (each a fresh snapshot) see what it did.
 * An update rather than `SELECT … FOR UPDATE` because SQLite has no such clause; there, writers
 * are serialised already and this costs one no-op write. A unit not entered locks nothing.
 */
export async function lockUnitRow(trx: Transaction<Database>, unitId: string): Promise<void> {
  await trx
    .updateTable('units')
    .set((eb) => ({ version: eb.ref('version') }))
    .where('id', '=', unitId)
    .execute();
}
