import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BenchResult, record } from '@plan/bench';
import { ordosPlan } from '@plan/indicators';
import { readObservationRows } from '@plan/observations/rows';
import { createStore, type NewObservation, openDatabase } from '@plan/store';
import { startThrowawayPostgres } from '@plan/store/testing';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { syntheticObservationsCsv } from './_lib/syntheticRows.js';

// `pnpm bench` in apps/api: import N observation rows from CSV into SQLite and
// PostgreSQL, beside a plain prepared-statement insert loop of the same rows in
// one transaction (the floor), measured in the same run.
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);

const csv = Buffer.from(syntheticObservationsCsv(ROWS));
console.log(
  `import benchmark: ${ROWS.toLocaleString('en-US')} rows, ${(csv.length / 1e6).toFixed(1)} MB of CSV`,
);

/**
 * The floor's insert: every column the product wrote, one prepared statement. The first row the
 * product imported gives the values that do not vary by row (plan, approval, who), so the floor
 * writes the same row shape as the import, whatever columns later migrations add.
 */
function floorInsert(template: Record<string, unknown>, placeholder: (index: number) => string) {
  const names = Object.keys(template);
  const slot = (name: string) => {
    const index = names.indexOf(name);
    if (index < 0) throw new Error(`observations has no column ${name}`);
    return index;
  };
  const [id, indicator, region, date, year, kind, value, source, created, updated] = [
    'id',
    'indicator_id',
    'region',
    'period_date',
    'period_year',
    'period_kind',
    'value_json',
    'source',
    'created_at',
    'updated_at',
  ].map(slot) as number[];
  const base = names.map((name) => template[name]);
  const at = new Date().toISOString();
  return {
    sql: `insert into observations (${names.join(', ')}) values (${names.map((_, i) => placeholder(i)).join(', ')})`,
    values(row: NewObservation, rowId: string): unknown[] {
      const values = base.slice();
      values[id as number] = rowId;
      values[indicator as number] = row.indicatorId;
      values[region as number] = row.region;
      values[date as number] = row.date;
      values[year as number] = row.year;
      values[kind as number] = row.period;
      values[value as number] = JSON.stringify(row.value);
      values[source as number] = row.source;
      values[created as number] = at;
      values[updated as number] = at;
      return values;
    },
  };
}

async function throughPipeline(open: () => ReturnType<typeof createStore>) {
  const store = open();
  await store.migrate();
  const started = performance.now();
  const read = await readObservationRows(ordosPlan, csv, 'csv', { source: 'bench' });
  if (read.problems.length > 0)
    throw new Error(`bench rows refused: ${JSON.stringify(read.problems.slice(0, 3))}`);
  const outcome = await store.importObservations(read.observations, { name: 'bench' });
  const seconds = (performance.now() - started) / 1000;
  if (outcome.created !== ROWS) throw new Error(`imported ${outcome.created} of ${ROWS}`);
  await store.close();
  return { seconds, rows: read.observations };
}

const results: BenchResult[] = [];
const dir = mkdtempSync(join(tmpdir(), 'plan-bench-'));
try {
  // SQLite: the product's import, then the floor on a fresh file.
  const product = await throughPipeline(() =>
    createStore(openDatabase({ dialect: 'sqlite', file: join(dir, 'product.sqlite') })),
  );
  const floorStore = createStore(
    openDatabase({ dialect: 'sqlite', file: join(dir, 'floor.sqlite') }),
  );
  await floorStore.migrate();
  await floorStore.close();
  const productDb = new SqliteDatabase(join(dir, 'product.sqlite'), { readonly: true });
  const template = productDb.prepare('select * from observations limit 1').get() as Record<
    string,
    unknown
  >;
  productDb.close();
  const sqliteFloor = floorInsert(template, () => '?');
  const db = new SqliteDatabase(join(dir, 'floor.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const insert = db.prepare(sqliteFloor.sql);
  const floorStarted = performance.now();
  db.transaction(() => {
    for (const [index, row] of product.rows.entries())
      insert.run(sqliteFloor.values(row, `f${index}`));
  })();
  const floorSeconds = (performance.now() - floorStarted) / 1000;
  db.close();
  const sqliteRate = ROWS / product.seconds;
  const sqliteFloorRate = ROWS / floorSeconds;
  results.push({
    name: 'import CSV → SQLite (rows/s)',
    value: sqliteRate,
    unit: 'rows/s',
    baseline: sqliteFloorRate,
    ratio: sqliteRate / sqliteFloorRate,
  });

  // PostgreSQL: same, on a throwaway cluster.
  const cluster = await startThrowawayPostgres();
  if (cluster.url === undefined) {
    console.log(`PostgreSQL import skipped: ${cluster.reason}`);
  } else {
    try {
      const admin = new pg.Client({ connectionString: cluster.url });
      await admin.connect();
      await admin.query('create database product');
      await admin.query('create database floor');
      await admin.end();
      const url = (name: string) => cluster.url.replace(/\/[^/]*$/, `/${name}`);
      const pgProduct = await throughPipeline(() =>
        createStore(openDatabase({ dialect: 'postgres', connectionString: url('product') })),
      );
      const floorPg = createStore(
        openDatabase({ dialect: 'postgres', connectionString: url('floor') }),
      );
      await floorPg.migrate();
      await floorPg.close();
      const productClient = new pg.Client({ connectionString: url('product') });
      await productClient.connect();
      const pgTemplate = (await productClient.query('select * from observations limit 1'))
        .rows[0] as Record<string, unknown>;
      await productClient.end();
      const pgFloorInsert = floorInsert(pgTemplate, (i) => `$${i + 1}`);
      const client = new pg.Client({ connectionString: url('floor') });
      await client.connect();
      const started = performance.now();
      await client.query('begin');
      let index = 0;
      for (const row of pgProduct.rows) {
        // A named statement is prepared once and executed for every row.
        await client.query({
          name: 'floor-insert',
          text: pgFloorInsert.sql,
          values: pgFloorInsert.values(row, `f${index++}`),
        });
      }
      await client.query('commit');
      const pgFloorSeconds = (performance.now() - started) / 1000;
      await client.end();
      const pgRate = ROWS / pgProduct.seconds;
      const pgFloor = ROWS / pgFloorSeconds;
      results.push({
        name: 'import CSV → PostgreSQL (rows/s)',
        value: pgRate,
        unit: 'rows/s',
        baseline: pgFloor,
        ratio: pgRate / pgFloor,
      });
    } finally {
      cluster.stop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
record(results);
