import { type BenchResult, record } from '@plan/bench';
import { ordosPlan } from '@plan/indicators';
import { startThrowawayPostgres } from '@plan/store/testing';
import autocannon from 'autocannon';
import { type RunningServer, spawnServer } from '../src/_test/spawnServer.js';

// Throughput of a read-heavy mix with writes (9 reads : 1 write per connection, in turn) through
// one server process, and through two processes on the same PostgreSQL with the same total
// connections split between them: the figure is the two servers' requests per second, with one
// server's as the baseline. Every write bumps the data version, so the per-version caches of
// both processes (assessments, lists' ETags) are renewed as they would be in use.
const SECONDS = Number(process.env.BENCH_TWO_SERVERS_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_TWO_SERVERS_CONNECTIONS ?? 16);
const ADMIN = 'two-servers-bench-admin-Qw7zK2pLm9';

const postgres = await startThrowawayPostgres();
if (postgres.url === undefined) {
  console.log(`two-server bench skipped: ${postgres.reason}`);
  process.exit(0);
}

const env = {
  DATABASE_URL: postgres.url,
  PLAN_ADMIN_TOKEN: ADMIN,
  PLAN_LOG: 'silent',
  PLAN_DEMO_DATA: '1',
  PLAN_WRITE_RATE_PER_MINUTE: '100000000',
};
const REGIONS = ordosPlan.regions
  .filter((region) => region.id !== ordosPlan.benchmarkRegion)
  .map((region) => region.id);
const INDICATOR = 'regular-exercise-share';
let written = 0;

/** A new figure each time: a region and a day no write has used (no 409 for a taken key). */
function nextFigure(): string {
  const n = written++;
  const day = new Date(Date.UTC(2021, 0, 1) + Math.floor(n / REGIONS.length) * 86_400_000);
  return JSON.stringify({
    indicatorId: INDICATOR,
    region: REGIONS[n % REGIONS.length],
    date: day.toISOString().slice(0, 10),
    value: 30 + (n % 50),
    source: 'bench',
  });
}

const READS = [
  '/api/v1/assessments?asOf=2025-06-30&method=time-progress',
  `/api/v1/observations?indicatorId=${INDICATOR}&limit=100`,
  '/api/v1/indicators',
  '/api/v1/units',
  `/api/v1/indicators/${INDICATOR}/assessment?asOf=2025-06-30`,
];

function mix() {
  const reads = Array.from({ length: 9 }, (_, index) => ({
    method: 'GET' as const,
    path: READS[index % READS.length] ?? '/api/v1/health',
  }));
  return [
    ...reads,
    {
      method: 'POST',
      path: '/api/v1/observations',
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
      setupRequest: (request: Record<string, unknown>) => ({ ...request, body: nextFigure() }),
    },
  ];
}

async function load(servers: RunningServer[]): Promise<number> {
  const runs = await Promise.all(
    servers.map((server) =>
      autocannon({
        url: server.url,
        connections: Math.max(1, Math.round(CONNECTIONS / servers.length)),
        duration: SECONDS,
        requests: mix(),
      }),
    ),
  );
  for (const run of runs)
    if (run.errors > 0 || run.non2xx > 0)
      throw new Error(`${run.errors} errors, ${run.non2xx} answers not 2xx`);
  return runs.reduce((sum, run) => sum + run.requests.average, 0);
}

const results: BenchResult[] = [];
const servers: RunningServer[] = [];
try {
  servers.push(await spawnServer(env));
  servers.push(await spawnServer(env));
  for (const path of READS) {
    const warm = await fetch(`${servers[0]?.url}${path}`);
    if (warm.status !== 200) throw new Error(`${path} answered ${warm.status}`);
  }
  const one = await load(servers.slice(0, 1));
  const two = await load(servers);
  console.log(
    `read-heavy mix (9 reads : 1 write), ${CONNECTIONS} connections, ${SECONDS} s: one server ${one.toFixed(0)} req/s, two servers on one PostgreSQL ${two.toFixed(0)} req/s, ratio ${(two / one).toFixed(2)} (${written} writes)`,
  );
  results.push({
    name: 'PostgreSQL read-heavy mix (9 reads : 1 write): two servers requests/s (baseline one server)',
    value: two,
    unit: 'req/s',
    baseline: one,
    ratio: two / one,
  });
} finally {
  await Promise.all(servers.map((server) => server.stop()));
  postgres.stop();
}
record(results);
