import { type Kysely, sql, type Transaction } from 'kysely';
import { bumpDataVersion } from '../_lib/bumpDataVersion.js';
import type { Database, Dialect } from '../database.js';
import { fromCanonical } from './canonicalValue.js';
import { appliedMigration, readDataVersion } from './databaseState.js';
import { countTableRows, readTableRows } from './readTableRows.js';
import { openTransferFile, verifyTransferFile } from './readTransferFile.js';
import { readTableCatalog, SKIPPED_ROWS, type TransferTable } from './tableCatalog.js';
import { encodeRow, TableDigest } from './tableDigest.js';
import { TransferError } from './transferError.js';
import type { TransferHeader } from './transferHeader.js';

/** Bound parameters per insert: well under SQLite's 32,766 and PostgreSQL's 65,535. */
const PARAMETERS_PER_INSERT = 8000;

/** The store a transfer file is imported into: its connection and its migrations. */
export type ImportTarget = {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Migrates to the latest migration, or up to `upTo` (the store's `migrate`). */
  migrate: (upTo?: string) => Promise<string[]>;
};

export type ImportOutcome = {
  header: TransferHeader;
  /** Each table's rows and hash as read back from the target: equal to the header's. */
  tables: { name: string; rows: number; sha256: string }[];
  /** True when the target held rows that were replaced (`force`). */
  replaced: boolean;
  /** The target's data version after the import: above the file's and above its own before. */
  dataVersion: number;
  /** Migrations run after the import, for a file older than this version of plan. */
  migratedAfter: string[];
};

/**
 * Imports a transfer file into the target. The file is read whole and checked first (format,
 * migration, every table's count and hash); the target must be at the file's migration (a
 * database no migration has touched is brought to it, and to the latest after the import)
 * with the same tables and columns, and empty unless `force`. Everything is then written in
 * one transaction, in batches: with `force`, the target's rows are deleted in it first. Before
 * it commits, every table of the target is counted and hashed again and compared with the
 * file; any mismatch rolls everything back. The data version is set above both the file's
 * and the target's own, so no cache keyed on an old version serves the replaced data.
 * Throws a TransferError naming the problem; the target is then unchanged.
 */
export async function importDatabase(
  target: ImportTarget,
  file: string,
  options: { force?: boolean } = {},
): Promise<ImportOutcome> {
  const header = await verifyTransferFile(file);
  const db = target.db as unknown as Kysely<unknown>;
  const fresh = await bringToMigration(target, header);
  const catalog = await readTableCatalog(db, target.dialect);
  checkSameTables(header, catalog);
  const reader = await openTransferFile(file);
  const outcome = await target.db.transaction().execute(async (trx) => {
    const replaced = await emptyOrForced(trx, catalog, options.force === true);
    const before = await readDataVersion(trx as unknown as Kysely<unknown>);
    for await (const { table, rows } of reader.tables()) {
      const columns = catalog.find((entry) => entry.name === table.name) as TransferTable;
      await insertRows(trx, target.dialect, columns, rows);
    }
    const tables = await verifyTables(trx, target.dialect, catalog, header);
    if (target.dialect === 'postgres') await advanceSequences(trx, catalog);
    await trx
      .updateTable('store_meta')
      .set({ value: Math.max(before, header.dataVersion) })
      .where('key', '=', 'data_version')
      .execute();
    await bumpDataVersion(trx);
    return {
      tables,
      replaced,
      dataVersion: await readDataVersion(trx as unknown as Kysely<unknown>),
    };
  });
  const migratedAfter = fresh ? await target.migrate() : [];
  return { header, ...outcome, migratedAfter };
}

/** Brings a database no migration has touched to the file's migration; true if it did. */
async function bringToMigration(target: ImportTarget, header: TransferHeader): Promise<boolean> {
  const applied = await appliedMigration(target.db as unknown as Kysely<unknown>);
  if (applied === undefined) {
    try {
      await target.migrate(header.migration);
    } catch (error) {
      throw new TransferError(
        'target',
        `the file is from migration ${header.migration}, which this version of plan cannot make (${error instanceof Error ? error.message : String(error)}): use the version of plan that wrote it, or a newer one`,
      );
    }
    return true;
  }
  if (applied !== header.migration)
    throw new TransferError(
      'target',
      `the target database is at migration ${applied} and the file is from migration ${header.migration}: ${
        applied > header.migration
          ? 'restore into a new, empty database (it is brought to the file’s migration, then to the latest), or open the source once with this version of plan so it migrates, and copy again'
          : 'the file was made by a newer version of plan; use that version'
      }`,
    );
  return false;
}

function checkSameTables(header: TransferHeader, catalog: TransferTable[]) {
  const shape = (table: Omit<TransferTable, never>) =>
    JSON.stringify({ columns: table.columns, primaryKey: table.primaryKey });
  const theirs = new Map(header.tables.map((table) => [table.name, table]));
  const ours = new Map(catalog.map((table) => [table.name, table]));
  for (const table of header.tables) {
    const mine = ours.get(table.name);
    if (!mine)
      throw new TransferError(
        'target',
        `the target database has no table ${table.name}, which the file holds`,
      );
    if (shape(mine) !== shape(table))
      throw new TransferError(
        'target',
        `table ${table.name} has other columns or another key in the target database than in the file`,
      );
  }
  for (const table of catalog)
    if (!theirs.has(table.name))
      throw new TransferError(
        'target',
        `the file holds no table ${table.name}, which the target database has`,
      );
}

/** Refuses a target that holds rows unless `force`, when they are deleted (in the import's transaction). */
async function emptyOrForced(
  trx: Transaction<Database>,
  catalog: TransferTable[],
  force: boolean,
): Promise<boolean> {
  const db = trx as unknown as Kysely<unknown>;
  const held: string[] = [];
  for (const table of catalog) {
    const rows = await countTableRows(db, table);
    if (rows > 0) held.push(`${table.name}: ${rows} ${rows === 1 ? 'row' : 'rows'}`);
  }
  if (held.length === 0) return false;
  if (!force)
    throw new TransferError(
      'target',
      `the target database is not empty (${held.join(', ')}): import into an empty database, or pass --force to replace everything in it`,
    );
  for (const table of [...catalog].reverse()) {
    const skipped = SKIPPED_ROWS[table.name];
    const where = skipped ? sql`where ${sql.ref(skipped.column)} <> ${skipped.value}` : sql``;
    await sql`delete from ${sql.table(table.name)} ${where}`.execute(db);
  }
  return true;
}

async function insertRows(
  trx: Transaction<Database>,
  dialect: Dialect,
  table: TransferTable,
  rows: AsyncGenerator<(string | number | boolean | null)[]>,
) {
  const perBatch = Math.max(
    1,
    Math.min(1000, Math.floor(PARAMETERS_PER_INSERT / table.columns.length)),
  );
  let batch: Record<string, unknown>[] = [];
  const write = async () => {
    if (batch.length === 0) return;
    await trx
      .insertInto(table.name as never)
      .values(batch as never)
      .execute();
    batch = [];
  };
  for await (const values of rows) {
    const row: Record<string, unknown> = {};
    table.columns.forEach((column, index) => {
      row[column.name] = fromCanonical(values[index] ?? null, column.type, dialect);
    });
    batch.push(row);
    if (batch.length >= perBatch) await write();
  }
  await write();
}

async function verifyTables(
  trx: Transaction<Database>,
  dialect: Dialect,
  catalog: TransferTable[],
  header: TransferHeader,
) {
  const db = trx as unknown as Kysely<unknown>;
  const tables: ImportOutcome['tables'] = [];
  for (const expected of header.tables) {
    const table = catalog.find((entry) => entry.name === expected.name) as TransferTable;
    const digest = new TableDigest();
    for await (const row of readTableRows(db, dialect, table)) digest.add(encodeRow(table, row));
    const found = { name: table.name, rows: digest.rows, sha256: digest.sha256() };
    if (found.rows !== expected.rows || found.sha256 !== expected.sha256)
      throw new TransferError(
        'verification',
        `table ${table.name} reads back as ${found.rows} rows with another hash than the file's ${expected.rows}: nothing was imported`,
      );
    tables.push(found);
  }
  return tables;
}

/** A serial or identity column's sequence set past the imported ids (none in the schema today). */
async function advanceSequences(trx: Transaction<Database>, catalog: TransferTable[]) {
  const db = trx as unknown as Kysely<unknown>;
  for (const table of catalog)
    for (const column of table.columns.filter((entry) => entry.type === 'integer')) {
      const { rows } = await sql<{
        sequence: string | null;
      }>`select pg_get_serial_sequence(${table.name}, ${column.name}) as sequence`.execute(db);
      const sequence = rows[0]?.sequence;
      if (sequence)
        await sql`select setval(${sequence}, coalesce((select max(${sql.ref(column.name)}) from ${sql.table(table.name)}), 0) + 1, false)`.execute(
          db,
        );
    }
}
