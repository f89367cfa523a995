import { type Kysely, sql } from 'kysely';
import type { Database, Dialect } from '../database.js';
import { readTableRows } from './readTableRows.js';
import { readTableCatalog } from './tableCatalog.js';
import { encodeRow, TableDigest } from './tableDigest.js';

/**
 * The last migration the database has run; undefined for a database no migration has touched
 * (a new file, an empty PostgreSQL database).
 */
export async function appliedMigration(db: Kysely<unknown>): Promise<string | undefined> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((table) => table.name === 'kysely_migration')) return undefined;
  const { rows } = await sql<{
    name: string;
  }>`select name from kysely_migration order by name desc limit 1`.execute(db);
  return rows[0]?.name;
}

/** The data version (0 where store_meta holds none). */
export async function readDataVersion(db: Kysely<unknown>): Promise<number> {
  const { rows } = await sql<{
    value: number | string;
  }>`select value from store_meta where key = 'data_version'`.execute(db);
  return Number(rows[0]?.value ?? 0);
}

/** Every moved table's row count and content hash, as a transfer file's header gives them. */
export type TableHashes = { name: string; rows: number; sha256: string }[];

/**
 * Counts and hashes every table the transfer moves, as an export would: what a copy or a
 * restore is verified by, and what a test compares two databases with.
 */
export async function hashDatabase(source: {
  db: Kysely<Database>;
  dialect: Dialect;
}): Promise<TableHashes> {
  const db = source.db as unknown as Kysely<unknown>;
  const { dialect } = source;
  const hashes: TableHashes = [];
  for (const table of await readTableCatalog(db, dialect)) {
    const digest = new TableDigest();
    for await (const row of readTableRows(db, dialect, table)) digest.add(encodeRow(table, row));
    hashes.push({ name: table.name, rows: digest.rows, sha256: digest.sha256() });
  }
  return hashes;
}
