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

function columns(row: NewObservation, id: string, at: string) {
  return [
    id,
    row.indicatorId,
    row.region,
    row.date,
    row.year,
    row.period,
    JSON.stringify(row.value),
    row.source,
    0,
    null,
    1,
    at,
    'bench',
    at,
    'bench',
  ];
}
const INSERT_SQL =
  'insert into observations (id, indicator_id, region, period_date, period_year, period_kind, value_json, source, illustrative, note, version, created_at, created_by, updated_at, updated_by) values ';

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
  const db = new SqliteDatabase(join(dir, 'floor.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const insert = db.prepare(`${INSERT_SQL}(${Array(15).fill('?').join(',')})`);
  const at = new Date().toISOString();
  const floorStarted = performance.now();
  db.transaction(() => {
    for (const [index, row] of product.rows.entries()) insert.run(columns(row, `f${index}`, at));
  })();
  const floorSeconds = (performance.now() - floorStarted) / 1000;
  db.close();
  const sqliteRate = ROWS / product.seconds;
  const sqliteFloor = ROWS / floorSeconds;
  results.push({
    name: 'import CSV → SQLite (rows/s)',
    value: sqliteRate,
    unit: 'rows/s',
    baseline: sqliteFloor,
    ratio: sqliteRate / sqliteFloor,
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
      const client = new pg.Client({ connectionString: url('floor') });
      await client.connect();
      const started = performance.now();
      await client.query('begin');
      const text = `${INSERT_SQL}(${Array.from({ length: 15 }, (_, i) => `$${i + 1}`).join(',')})`;
      let index = 0;
      for (const row of pgProduct.rows) {
        // A named statement is prepared once and executed for every row.
        await client.query({ name: 'floor-insert', text, values: columns(row, `f${index++}`, at) });
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
