import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Dialect } from '../database.js';
import { SKIPPED_ROWS, type TransferTable } from './tableCatalog.js';

/** Rows per read: a page of a table is held in memory, never the table. */
const PAGE_ROWS = 1000;

/**
 * The rows of a table in primary-key order, page by page (keyset, so a page costs the same
 * at the millionth row as at the first). Text keys are ordered by code point on both engines
 * (PostgreSQL's "C" collation; SQLite's BINARY), so both give the same order and the same hash.
 */
export async function* readTableRows(
  db: Kysely<unknown>,
  dialect: Dialect,
  table: TransferTable,
): AsyncGenerator<Record<string, unknown>> {
  const keyTypes = new Map(table.columns.map((column) => [column.name, column.type]));
  const key = table.primaryKey.map((name) =>
    dialect === 'postgres' && keyTypes.get(name) === 'text'
      ? sql`${sql.ref(name)} collate "C"`
      : sql.ref(name),
  );
  const skipped = SKIPPED_ROWS[table.name];
  const columns = sql.join(table.columns.map((column) => sql.ref(column.name)));
  let after: unknown[] | undefined;
  for (;;) {
    const conditions: RawBuilder<unknown>[] = [];
    if (skipped) conditions.push(sql`${sql.ref(skipped.column)} <> ${skipped.value}`);
    if (after) conditions.push(sql`(${sql.join(key)}) > (${sql.join(after)})`);
    const where = conditions.length > 0 ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
    const { rows } = await sql<Record<string, unknown>>`
      select ${columns} from ${sql.table(table.name)} ${where}
      order by ${sql.join(key)} limit ${PAGE_ROWS}`.execute(db);
    yield* rows;
    const last = rows.at(-1);
    if (rows.length < PAGE_ROWS || last === undefined) return;
    after = table.primaryKey.map((name) => last[name]);
  }
}

/** How many rows of the table are content (store_meta's data version is not). */
export async function countTableRows(db: Kysely<unknown>, table: TransferTable): Promise<number> {
  const skipped = SKIPPED_ROWS[table.name];
  const where = skipped ? sql`where ${sql.ref(skipped.column)} <> ${skipped.value}` : sql``;
  const { rows } = await sql<{
    count: number | string;
  }>`select count(*) as count from ${sql.table(table.name)} ${where}`.execute(db);
  return Number(rows[0]?.count ?? 0);
}
