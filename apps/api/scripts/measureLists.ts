// Measures the list and export paths over 100k observations on a file-backed SQLite store:
// size and time of a page, cost of a 304, and how long /health waits while a whole export streams.
// Run: node --conditions=@plan/source --import tsx scripts/measureLists.ts [rows]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createStore, openDatabase } from '@plan/store';
import { newObservation } from '@plan/store/testing';
import { addDays, formatISO } from 'date-fns';
import { createApp } from '../src/app.js';

const rows = Number(process.argv[2] ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'plan-lists-'));
const store = createStore(openDatabase({ dialect: 'sqlite', file: join(dir, 'plan.sqlite') }));
await store.migrate();
const regions = [
  'ordos',
  'dongsheng',
  'kangbashi',
  'dalad',
  'jungar',
  'otog',
  'otog-front',
  'hanggin',
  'uxin',
  'ejin-horo',
];
const all = Array.from({ length: rows }, (_, i) => {
  const date = formatISO(addDays(new Date(2000, 0, 1), Math.floor(i / regions.length)), {
    representation: 'date',
  });
  return newObservation({
    region: regions[i % regions.length] as string,
    date,
    year: Number(date.slice(0, 4)),
    period: 'date',
  });
});
for (let i = 0; i < all.length; i += 10_000)
  await store.importObservations(all.slice(i, i + 10_000), { name: 'measure' });
const token = 'measure-admin-token-0123456789abcdef';
const app = createApp({ store, clock: () => new Date(), adminToken: token });
const server = serve({ fetch: app.fetch, port: 0 });
await new Promise((resolve) => server.once('listening', resolve));
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const auth = { authorization: `Bearer ${token}` };

async function timed(path: string, headers: Record<string, string> = {}) {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, { headers: { ...auth, ...headers } });
  const bytes = (await response.arrayBuffer()).byteLength;
  return {
    status: response.status,
    ms: Math.round(performance.now() - started),
    bytes,
    etag: response.headers.get('etag') ?? '',
  };
}

/** Runs `work` while asking /health every 20 ms; the slowest and 99th-percentile answers. */
async function healthDuring(work: () => Promise<unknown>) {
  const waits: number[] = [];
  const failures: string[] = [];
  let running = true;
  const poller = (async () => {
    while (running) {
      const started = performance.now();
      try {
        await fetch(`${base}/api/v1/health`).then((r) => r.arrayBuffer());
        waits.push(performance.now() - started);
      } catch (error) {
        failures.push(String((error as Error).cause ?? error));
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const result = await work();
  running = false;
  await poller;
  waits.sort((a, b) => a - b);
  return {
    result,
    healthP99: Math.round(waits[Math.floor(waits.length * 0.99)] ?? 0),
    healthMax: Math.round(waits.at(-1) ?? 0),
    polls: waits.length,
  };
}

console.error(`seeded ${rows} rows`);
const page = await timed('/api/v1/observations?includeIllustrative=true');
const again = await timed('/api/v1/observations?includeIllustrative=true', {
  'if-none-match': page.etag,
});
const csv = await healthDuring(() => timed('/api/v1/observations?format=csv'));
const xlsx = await healthDuring(() => timed('/api/v1/observations?format=xlsx'));
console.log(
  JSON.stringify(
    {
      rows,
      page,
      notModified: again,
      csv,
      xlsx,
      rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
    },
    null,
    1,
  ),
);
server.close();
await store.close();
rmSync(dir, { recursive: true, force: true });
