import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../database.js';
import { type ColumnClass, columnClassOf } from './canonicalValue.js';
import { TransferError } from './transferError.js';

/** A table as the transfer moves it: columns by name, with their classes, and its primary key. */
export type TransferTable = {
  name: string;
  /** Sorted by name, so the order a migration added them in (it differs between engines) does not matter. */
  columns: { name: string; type: ColumnClass }[];
  /** The primary key's columns in key order: rows are read and hashed in this order. */
  primaryKey: string[];
};

/**
 * Tables the transfer leaves where they are, with the reason. Anything else the database
 * holds is moved, so a table a later migration adds is carried without a change here.
 * The rate-limit and failed-sign-in windows (`shared_limits`, 0008) are short-lived counters
 * of one deployment: a restored or moved database starts them afresh (its own rows stay).
 */
const EXCLUDED_TABLES: Readonly<Record<string, string>> = {
  shared_limits:
    'rate-limit and failed-sign-in windows (0008): short-lived counters of one deployment, started afresh',
};

/**
 * Rows of a table that are not part of its content: store_meta's data version is a counter
 * of writes to this database, set on import (never lowered, so caches keyed on it stay honest).
 */
export const SKIPPED_ROWS: Readonly<Record<string, { column: string; value: string }>> = {
  store_meta: { column: 'key', value: 'data_version' },
};

/**
 * The tables of the database at run time, in name order (what the migrations made, not a
 * list kept by hand), without Kysely's migration tables and EXCLUDED_TABLES. Throws a
 * TransferError naming a table without a primary key or a column of a type it cannot carry.
 */
export async function readTableCatalog(
  db: Kysely<unknown>,
  dialect: Dialect,
): Promise<TransferTable[]> {
  const schema = dialect === 'postgres' ? await currentSchema(db) : undefined;
  const tables = (await db.introspection.getTables()).filter(
    (table) =>
      !table.isView &&
      (schema === undefined || table.schema === schema) &&
      EXCLUDED_TABLES[table.name] === undefined,
  );
  const catalog: TransferTable[] = [];
  for (const table of tables.sort((a, b) => compareText(a.name, b.name))) {
    const columns = table.columns
      .map((column) => {
        const type = columnClassOf(column.dataType);
        if (type === undefined)
          throw new TransferError(
            'unsupported',
            `column ${table.name}.${column.name} is of type ${column.dataType}, which the transfer cannot carry unchanged`,
          );
        return { name: column.name, type };
      })
      .sort((a, b) => compareText(a.name, b.name));
    const primaryKey = await primaryKeyOf(db, dialect, table.name);
    if (primaryKey.length === 0)
      throw new TransferError(
        'unsupported',
        `table ${table.name} has no primary key: its rows cannot be read in a stable order`,
      );
    catalog.push({ name: table.name, columns, primaryKey });
  }
  return catalog;
}

/** Code-point order (what SQLite's BINARY and PostgreSQL's "C" collation give for UTF-8). */
function compareText(a: string, b: string): number {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return Buffer.compare(left, right);
}

/** The tables (excluded ones) the database holds but the transfer leaves, for the file's header. */
export async function readExcludedTables(
  db: Kysely<unknown>,
  dialect: Dialect,
): Promise<{ table: string; reason: string }[]> {
  const schema = dialect === 'postgres' ? await currentSchema(db) : undefined;
  return (await db.introspection.getTables())
    .filter((table) => schema === undefined || table.schema === schema)
    .flatMap((table) => {
      const reason = EXCLUDED_TABLES[table.name];
      return reason === undefined ? [] : [{ table: table.name, reason }];
    })
    .sort((a, b) => compareText(a.table, b.table));
}

async function currentSchema(db: Kysely<unknown>): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema ?? 'public';
}

async function primaryKeyOf(db: Kysely<unknown>, dialect: Dialect, table: string) {
  if (dialect === 'sqlite') {
    const { rows } = await sql<{
      name: string;
      pk: number;
    }>`select name, pk from pragma_table_info(${table}) where pk > 0 order by pk`.execute(db);
    return rows.map((row) => row.name);
  }
  const { rows } = await sql<{ name: string }>`
    select a.attname as name
    from pg_index i
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
    where i.indrelid = to_regclass(quote_ident(${table})) and i.indisprimary
    order by array_position(i.indkey::int2[], a.attnum)`.execute(db);
  return rows.map((row) => row.name);
}
