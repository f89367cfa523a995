/**
 * Throughput of `assess` and `assessColumns` for each method on 1,000,000
 * synthetic series, beside the floor: a plain loop over Float64Arrays doing
 * the same arithmetic as `assess` in the same run (for time-progress that
 * includes the projection to the target year; `assessColumns` leaves it out).
 * Not a test: it prints figures.
 *
 *   pnpm bench            (in packages/scoring)
 *   SERIES=200000 ROUNDS=1 pnpm bench   (fewer series, one timing round)
 *   METHODS=time-progress,open-sdg pnpm bench   (some methods only)
 *   POOL=1000000 pnpm bench   (a distinct input object for every call, no cycling)
 */
import { cpus, loadavg } from 'node:os';
import { type BenchResult, record } from '@plan/bench';
import { assess } from '../src/assess.js';
import { assessColumns } from '../src/assessColumns.js';
import type { AssessInput, Method } from '../src/schema/assessInput.js';
import { floor, makeColumns, makeInputs, POINTS, ROUNDS, time } from './_series.js';

const SERIES = Number(process.env.SERIES ?? 1_000_000);
// Distinct input objects for assess(), cycled. Nothing in assess() is keyed on the input
// object, so cycling saves memory without making it faster; POOL=SERIES checks that.
const POOL = Math.min(Number(process.env.POOL ?? 65_536), SERIES);
const ALL_METHODS: Method[] = ['time-progress', 'open-sdg', 'unsd-2023', 'weather', 'sdsn'];
const METHODS = process.env.METHODS
  ? ALL_METHODS.filter((method) => process.env.METHODS?.split(',').includes(method))
  : ALL_METHODS;

function perSecond(count: number, seconds: number): string {
  return `${(count / seconds / 1e6).toFixed(2)} M/s`;
}

const columns = makeColumns(SERIES);
console.log(
  `@plan/scoring benchmark: ${SERIES.toLocaleString('en')} series of ${POINTS} points, one core, Node ${process.version}, CPU time, best of ${ROUNDS} rounds`,
);
console.log(
  `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}; load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')} `,
);
console.log('');
const rows: string[][] = [
  ['method', 'assess()', 'assessColumns()', 'floor', 'floor/assess', 'floor/columns'],
];
let sink = 0;
const figures: BenchResult[] = [];
for (const method of METHODS) {
  const inputs = makeInputs(columns, method, POOL);
  // Warm up the JIT on every path before timing.
  for (let i = 0; i < 200_000; i++) sink += assess(inputs[i % POOL] as AssessInput).status.length;
  const status = new Uint8Array(SERIES);
  const score = new Float64Array(SERIES);
  floor(method, columns, status, score);
  assessColumns(method, 'increase', columns);

  const assessSeconds = time(() => {
    for (let i = 0; i < SERIES; i++) sink += assess(inputs[i % POOL] as AssessInput).status.length;
  });
  const columnSeconds = time(() => {
    sink += assessColumns(method, 'increase', columns).status[0] as number;
  });
  const floorSeconds = time(() => floor(method, columns, status, score));
  sink += status[0] as number;
  const floorRate = SERIES / floorSeconds;
  figures.push(
    {
      name: `scoring ${method}: assess() series/s`,
      value: SERIES / assessSeconds,
      unit: 'series/s',
      baseline: floorRate,
      ratio: floorSeconds / assessSeconds,
    },
    {
      name: `scoring ${method}: assessColumns() series/s`,
      value: SERIES / columnSeconds,
      unit: 'series/s',
      baseline: floorRate,
      ratio: floorSeconds / columnSeconds,
    },
  );
  rows.push([
    method,
    perSecond(SERIES, assessSeconds),
    perSecond(SERIES, columnSeconds),
    perSecond(SERIES, floorSeconds),
    `${(assessSeconds / floorSeconds).toFixed(1)}×`,
    `${(columnSeconds / floorSeconds).toFixed(1)}×`,
  ]);
}
const widths =
  rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
for (const row of rows)
  console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '));
console.log('');
console.log(
  'Goal: time-progress and open-sdg at ≥ 1,000,000 series/s through assess() on one core, within 10× of the floor.',
);
record(figures);
if (sink === Number.MIN_VALUE) console.log(sink);
