import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BenchResult, record } from '@plan/bench';
import autocannon from 'autocannon';
import { spawnServer } from '../src/_test/spawnServer.js';

// A bounded soak: a fixed request rate for SOAK_SECONDS against the real server,
// a mix of reads (assessments, indicators, observations) and writes (new
// observations), sampling the server's resident memory every second.
// Passes when there are no errors and memory after the first third stays flat.
const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const RATE = Number(process.env.SOAK_RATE ?? 100);
const ADMIN = 'soak-admin-token-0123456789';

const dir = mkdtempSync(join(tmpdir(), 'plan-soak-'));
const server = await spawnServer({
  DATABASE_URL: `sqlite:${join(dir, 'soak.sqlite')}`,
  PLAN_ADMIN_TOKEN: ADMIN,
  PLAN_LOG: 'silent',
  PLAN_WRITE_RATE_PER_MINUTE: '1000000',
});
const rssMb = () => {
  const status = readFileSync(`/proc/${server.process.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
};
const samples: number[] = [];
const sampler = setInterval(() => samples.push(rssMb()), 1000);
let day = 0;
try {
  const result = await autocannon({
    url: server.url,
    connections: 8,
    overallRate: RATE,
    duration: SECONDS,
    requests: [
      { method: 'GET', path: '/api/v1/assessments?asOf=2023-12-31&includeIllustrative=true' },
      { method: 'GET', path: '/api/v1/indicators' },
      {
        method: 'GET',
        path: '/api/v1/observations?indicatorId=student-myopia-rate&includeIllustrative=true',
      },
      {
        method: 'POST',
        path: '/api/v1/observations',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}` },
        setupRequest: (request) => {
          day++;
          const date = new Date(Date.UTC(2021, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
          return {
            ...request,
            body: JSON.stringify({
              indicatorId: 'regular-exercise-share',
              date,
              value: 44,
              source: 'soak',
            }),
          };
        },
      },
    ],
  });
  clearInterval(sampler);
  const settled = samples.slice(Math.floor(samples.length / 3));
  const growth = (settled.at(-1) ?? 0) - (settled[0] ?? 0);
  const results: BenchResult[] = [
    {
      name: `soak ${SECONDS} s at ${RATE} req/s: requests`,
      value: result.requests.total,
      unit: 'requests',
    },
    {
      name: `soak ${SECONDS} s at ${RATE} req/s: errors and non-2xx`,
      value: result.errors + result.non2xx,
      unit: 'responses',
    },
    {
      name: `soak ${SECONDS} s at ${RATE} req/s: p99 latency`,
      value: result.latency.p99,
      unit: 'ms',
    },
    {
      name: `soak ${SECONDS} s at ${RATE} req/s: server memory at the end`,
      value: samples.at(-1) ?? 0,
      unit: 'MB',
    },
    {
      name: `soak ${SECONDS} s at ${RATE} req/s: memory growth after warm-up`,
      value: growth,
      unit: 'MB',
    },
  ];
  record(results);
  if (result.errors + result.non2xx > 0) {
    console.error('soak failed: errors or non-2xx responses');
    process.exitCode = 1;
  }
} finally {
  clearInterval(sampler);
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
