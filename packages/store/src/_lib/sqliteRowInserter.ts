import type { ObservationRow } from '../database.js';
import type { OpenDatabase } from '../openDatabase.js';

/** The columns of an observation row, in the order `rowValues` gives them. */
export const OBSERVATION_COLUMNS = [
  'id',
  'plan_id',
  'indicator_id',
  'region',
  'period_date',
  'period_year',
  'period_kind',
  'value_json',
  'source',
  'illustrative',
  'note',
  'created_reason',
  'version',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
  'created_by_id',
  'approval',
  'approval_reason',
  'reviewed_by',
  'reviewed_by_id',
  'reviewed_at',
] as const satisfies readonly (keyof ObservationRow)[];

/**
 * Bulk inserts on SQLite through one prepared statement on the handle under
 * Kysely. It must only run inside a Kysely transaction: Kysely's SQLite driver
 * holds its single connection for the transaction, so nothing else interleaves,
 * and the rows commit or roll back with it. A million-row import runs at about
 * the speed of a plain insert loop this way (apps/api/bench/import.bench.ts).
 */
export function sqliteRowInserter(sqlite: NonNullable<OpenDatabase['sqlite']>) {
  // Prepared on first use: the table exists only once the migrations have run.
  let statement: ReturnType<typeof sqlite.prepare> | undefined;
  return (rows: ObservationRow[]) => {
    statement ??= sqlite.prepare(
      `insert into observations (${OBSERVATION_COLUMNS.join(', ')}) values (${OBSERVATION_COLUMNS.map(() => '?').join(', ')})`,
    );
    for (const row of rows) statement.run(rowValues(row));
  };
}

/** A row's values in the order of OBSERVATION_COLUMNS. */
export function rowValues(row: ObservationRow): unknown[] {
  // Written out rather than mapped over OBSERVATION_COLUMNS: this runs once per imported row.
  return [
    row.id,
    row.plan_id,
    row.indicator_id,
    row.region,
    row.period_date,
    row.period_year,
    row.period_kind,
    row.value_json,
    row.source,
    row.illustrative,
    row.note,
    row.created_reason,
    row.version,
    row.created_at,
    row.created_by,
    row.updated_at,
    row.updated_by,
    row.created_by_id,
    row.approval,
    row.approval_reason,
    row.reviewed_by,
    row.reviewed_by_id,
    row.reviewed_at,
  ];
}
