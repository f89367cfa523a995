/**
 * Page time of cursor-paginated reads (`listObservations` with `after` and
 * `limit`, the keyset walk of the API's exports) on a SQLite store of 1,000,000
 * observations beside one of 10,000, measured in the same run: a page should
 * cost about the same however large the table. Each figure is the median of
 * PAGES pages read from cursors spread over the whole table, for each order and
 * for one region. Then a whole read of the large table (no limit, as a plan
 * assessment reads after a write): every row of the plan, and one region's,
 * beside the same statement with its rows built as before quickSqliteReads.ts;
 * the best of two, wall time. Not a test: it prints figures.
 *
 *   pnpm bench                    (in packages/store)
 *   ROWS=200000 pnpm bench        (a smaller large table)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { record } from '@plan/bench';
import { DEFAULT_PLAN_ID, fromRow } from '../src/_lib/observationRow.js';
import { createStore } from '../src/createStore.js';
import type { ObservationRow } from '../src/database.js';
import { openDatabase } from '../src/openDatabase.js';
import type { NewObservation, ObservationFilter } from '../src/store.types.js';

const LARGE = Number(process.env.ROWS ?? 1_000_000);
const SMALL = 10_000;
const PAGE = 500;
const PAGES = Number(process.env.PAGES ?? 25);

const indicators = Array.from(
  { length: 50 },
  (_, index) => `indicator-${String(index).padStart(2, '0')}`,
);
const regions = [
  'dalad',
  'dongsheng',
  'ejin-horo',
  'hanggin',
  'jungar',
  'kangbashi',
  'ordos',
  'otog',
  'otog-front',
  'uxin',
];
const day = (index: number) =>
  new Date(Date.UTC(2021, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);

/** `count` observations: every indicator × region on consecutive days. */
function* observations(count: number): Generator<NewObservation[]> {
  let batch: NewObservation[] = [];
  for (let at = 0; at < count; at++) {
    const date = day(Math.floor(at / (indicators.length * regions.length)));
    batch.push({
      indicatorId: indicators[at % indicators.length] as string,
      region: regions[Math.floor(at / indicators.length) % regions.length] as string,
      year: Number(date.slice(0, 4)),
      date,
      period: 'date',
      value: 40 + (at % 17),
      source: 'bench',
      note: null,
    });
    if (batch.length === 20_000) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

async function storeOf(count: number) {
  const dir = mkdtempSync(join(tmpdir(), 'plan-bench-pages-'));
  const open = openDatabase({ dialect: 'sqlite', file: join(dir, 'plan.sqlite') });
  const store = createStore(open);
  await store.migrate();
  const started = performance.now();
  for (const batch of observations(count)) await store.importObservations(batch, { name: 'bench' });
  const seconds = (performance.now() - started) / 1000;
  return {
    store,
    sqlite: open.sqlite as NonNullable<typeof open.sqlite>,
    seconds,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** The median time of a page read from cursors spread over a table of `count` rows. */
async function pageTime(
  store: Awaited<ReturnType<typeof storeOf>>['store'],
  count: number,
  kind: 'indicator' | 'date' | 'region',
) {
  const days = Math.ceil(count / (indicators.length * regions.length));
  const times: number[] = [];
  for (let page = 0; page < PAGES; page++) {
    // Cursors from the start to 90% of the way: each page is full.
    const share = ((page + 0.5) / PAGES) * 0.9;
    const indicator = indicators[Math.floor(share * indicators.length)] as string;
    const date = day(Math.floor(share * days));
    const filter: ObservationFilter =
      kind === 'indicator'
        ? { sort: 'indicator', after: [indicator, 'dongsheng', date, 'bench'] }
        : kind === 'date'
          ? { sort: 'date', after: [date, indicator, 'dongsheng', 'bench'] }
          : { region: 'dongsheng', after: [indicator, 'dongsheng', date, 'bench'] };
    const started = performance.now();
    const rows = await store.listObservations({ ...filter, limit: PAGE });
    times.push(performance.now() - started);
    if (rows.length === 0) throw new Error(`an empty page at ${share}`);
  }
  return median(times);
}

const small = await storeOf(SMALL);
const large = await storeOf(LARGE);
console.log(
  `listObservations pages of ${PAGE} on SQLite: ${SMALL.toLocaleString('en')} rows (imported in ${small.seconds.toFixed(1)} s) and ${LARGE.toLocaleString('en')} rows (${large.seconds.toFixed(1)} s); median of ${PAGES} pages; load ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}`,
);
const results = [];
for (const kind of ['indicator', 'date', 'region'] as const) {
  // Once each first, so neither table pays for the first query's preparation.
  await pageTime(small.store, SMALL, kind);
  await pageTime(large.store, LARGE, kind);
  const atSmall = await pageTime(small.store, SMALL, kind);
  const atLarge = await pageTime(large.store, LARGE, kind);
  const what = kind === 'region' ? 'one region' : `sort=${kind}`;
  console.log(
    `  ${what}: ${atSmall.toFixed(2)} ms at ${SMALL.toLocaleString('en')} rows, ${atLarge.toFixed(2)} ms at ${LARGE.toLocaleString('en')} (${(atLarge / atSmall).toFixed(2)}×)`,
  );
  results.push(
    {
      name: `store page of ${PAGE} (${what}) at ${SMALL.toLocaleString('en')} rows`,
      value: atSmall,
      unit: 'ms',
    },
    {
      name: `store page of ${PAGE} (${what}) at ${LARGE.toLocaleString('en')} rows`,
      value: atLarge,
      unit: 'ms',
    },
  );
}
/** The best of two runs of `read` (wall time, ms), and the rows it read. */
async function bestOfTwo(read: () => Promise<unknown[]> | unknown[]) {
  let best = Number.POSITIVE_INFINITY;
  let rows = 0;
  for (let round = 0; round < 2; round++) {
    const started = performance.now();
    rows = (await read()).length;
    best = Math.min(best, performance.now() - started);
  }
  return { ms: best, rows };
}

/**
 * The same read as before quickSqliteReads.ts: the statement listObservations runs, its rows
 * built by better-sqlite3 (a property at a time), then turned into observations.
 */
function readAsBefore(opened: Awaited<ReturnType<typeof storeOf>>, region?: string) {
  let query = opened.store.db
    .selectFrom('observations')
    .selectAll()
    .where('plan_id', '=', DEFAULT_PLAN_ID);
  if (region) query = query.where('region', '=', region);
  for (const column of ['indicator_id', 'region', 'period_date', 'source'] as const)
    if (!(region && column === 'region')) query = query.orderBy(column);
  const { sql, parameters } = query.compile();
  return (opened.sqlite.prepare(sql).all(parameters) as ObservationRow[]).map(fromRow);
}

for (const [what, region] of [
  ['the whole plan', undefined],
  ['one region', 'dongsheng'],
] as const) {
  const filter: ObservationFilter = { includeIllustrative: true, ...(region ? { region } : {}) };
  const before = await bestOfTwo(() => readAsBefore(large, region));
  const atLarge = await bestOfTwo(() => large.store.listObservations(filter));
  if (before.rows !== atLarge.rows) throw new Error('the reads differ');
  console.log(
    `  whole read, ${what}: ${atLarge.ms.toFixed(0)} ms for ${atLarge.rows.toLocaleString('en')} rows (${((atLarge.ms / atLarge.rows) * 1000).toFixed(2)} ms per 1,000); rows built as before: ${before.ms.toFixed(0)} ms (${(before.ms / atLarge.ms).toFixed(2)}×); load ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}`,
  );
  results.push({
    name: `store whole read (${what}) at ${LARGE.toLocaleString('en')} rows`,
    value: atLarge.ms,
    unit: 'ms',
    // The same statement, rows built by better-sqlite3 as before quickSqliteReads.ts.
    baseline: before.ms,
  });
}
record(results);
await small.dispose();
await large.dispose();
