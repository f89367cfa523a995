import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BenchResult, record } from '@plan/bench';
import { ordosPlan } from '@plan/indicators';
import { demoObservations, planBaselineObservations } from '@plan/observations';
import { openStore } from '@plan/store';
import autocannon from 'autocannon';
import { spawnServer } from '../src/_test/spawnServer.js';

// API throughput and latency under load from this process (a second process on
// loopback) against the real server: each route beside the floor, a plain Hono
// JSON route of the same data served by the same server process.
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 10);

const dir = mkdtempSync(join(tmpdir(), 'plan-http-bench-'));
const file = join(dir, 'plan.sqlite');
// 10 regions × 6 years (2020 from the plan for the city, 2021–2026 for each region).
const store = await openStore({ dialect: 'sqlite', file });
const regions = [
  'ordos',
  'dongsheng',
  'kangbashi',
  'dalad',
  'jungar',
  'otog-front',
  'otog',
  'hanggin',
  'uxin',
  'ejin-horo',
];
const rows = demoObservations(ordosPlan, { regions, lastYear: 2026 }).map((row) => ({
  ...row,
  source: 'bench',
  note: null,
}));
await store.importObservations([...planBaselineObservations(ordosPlan), ...rows], {
  name: 'bench',
});
console.log(`seeded ${(await store.countObservations()).toLocaleString('en-US')} observations`);
await store.close();

const server = await spawnServer({
  DATABASE_URL: `sqlite:${file}`,
  PLAN_LOG: 'silent',
  PLAN_BENCH_FLOOR: '1',
  PLAN_DEMO_DATA: '0',
});

async function load(path: string) {
  const url = `${server.url}${path}`;
  const warm = await fetch(url);
  if (warm.status !== 200) throw new Error(`${path} answered ${warm.status}`);
  await warm.arrayBuffer();
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    pipelining: 1,
  });
  if (result.errors > 0 || result.non2xx > 0)
    throw new Error(`${path}: ${result.errors} errors, ${result.non2xx} non-2xx`);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bytes: result.throughput.average,
  };
}

const results: BenchResult[] = [];
try {
  for (const [name, path] of [
    [
      'GET /api/v1/assessments (whole plan, 10 regions × 6 years stored)',
      '/api/v1/assessments?asOf=2025-06-30&method=time-progress&region=ordos',
    ],
    ['GET /api/v1/indicators', '/api/v1/indicators'],
  ] as const) {
    const route = await load(path);
    const floor = await load(`/bench/floor?path=${encodeURIComponent(path)}`);
    results.push(
      {
        name: `${name} requests/s`,
        value: route.rps,
        unit: 'req/s',
        baseline: floor.rps,
        ratio: route.rps / floor.rps,
      },
      { name: `${name} p50 latency`, value: route.p50, unit: 'ms', baseline: floor.p50 },
      { name: `${name} p99 latency`, value: route.p99, unit: 'ms', baseline: floor.p99 },
    );
  }
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
record(results);
