// The API's compressed JSON (src/http/compressResponses.ts): bytes of the viewer's three big
// answers in each encoding and brotli quality, and the server's CPU per request (process CPU,
// libuv's compression threads included) for the identity path, a cold compression and a cached
// one, all in this run. Run: node --conditions=@plan/source --import tsx bench/compression.bench.ts
import { loadavg } from 'node:os';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { ordosPlan } from '@plan/indicators';
import { createStore, openDatabase, seedStore } from '@plan/store';
import { Hono } from 'hono';
import { createApp } from '../src/app.js';
import { compressedBodies } from '../src/http/compressedBodies.js';
import { compressResponses } from '../src/http/compressResponses.js';

const ROUNDS = Number(process.env.BENCH_COMPRESSION_ROUNDS ?? 40);
const PATHS = {
  // The overview's three largest answers on the demo data (213, 50 and 133 KB).
  assessments: '/api/v1/assessments?includeIllustrative=true',
  indicators: '/api/v1/indicators',
  observations: '/api/v1/observations?includeIllustrative=true&region=ordos&limit=10000',
} as const;

const store = createStore(openDatabase({ dialect: 'sqlite', file: ':memory:' }));
await store.migrate();
await seedStore(store, { plan: ordosPlan, demo: true });
const api = createApp({ store, clock: () => new Date('2026-12-02T12:00:00Z'), adminToken: 'x' });
// Cold: a compressor in front of the API that keeps nothing (the API itself sees no Accept-Encoding).
const cold = new Hono();
cold.use('*', compressResponses({ cache: compressedBodies({ maxBytes: 0 }) }));
cold.all('*', (c) => {
  const headers = new Headers(c.req.raw.headers);
  headers.delete('accept-encoding');
  return api.fetch(new Request(c.req.raw.url, { headers }));
});

const cpuMs = async (count: number, run: () => Promise<unknown>) => {
  await run();
  const started = process.cpuUsage();
  for (let at = 0; at < count; at++) await run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000 / count;
};
const read = async (app: { request: Hono['request'] }, path: string, encoding?: string) => {
  const response = await app.request(path, {
    headers: encoding ? { 'accept-encoding': encoding } : {},
  });
  if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
};
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
/** Size and CPU ms of this thread (the sync call) of one way of compressing, a mean of 10 runs. */
const timed = (run: () => Uint8Array) => {
  let bytes = run();
  const started = process.cpuUsage();
  for (let at = 0; at < 10; at++) bytes = run();
  const used = process.cpuUsage(started);
  return { kb: kb(bytes.byteLength), cpuMs: Math.round((used.user + used.system) / 1000) / 10 };
};

console.log(
  `load before: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
for (const [name, path] of Object.entries(PATHS)) {
  const identity = await read(api, path);
  const brotli = (quality: number) => () =>
    brotliCompressSync(identity, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: identity.byteLength,
      },
    });
  const sizes = {
    identity: kb(identity.byteLength),
    'gzip 6': timed(() => gzipSync(identity, { level: 6 })),
    'br 4': timed(brotli(4)),
    'br 5': timed(brotli(5)),
    'br 6': timed(brotli(6)),
    'br 11': timed(brotli(11)),
    'served br': kb((await read(api, path, 'br')).byteLength),
    'served gzip': kb((await read(api, path, 'gzip')).byteLength),
  };
  const cpu = {
    identity: await cpuMs(ROUNDS, () => read(api, path)),
    'br cold': await cpuMs(ROUNDS, () => read(cold, path, 'gzip, deflate, br')),
    'gzip cold': await cpuMs(ROUNDS, () => read(cold, path, 'gzip, deflate')),
    'br cached': await cpuMs(ROUNDS, () => read(api, path, 'gzip, deflate, br')),
    'gzip cached': await cpuMs(ROUNDS, () => read(api, path, 'gzip, deflate')),
  };
  const ratios = Object.fromEntries(
    Object.entries(cpu).map(([key, ms]) => [
      key,
      `${ms.toFixed(2)} ms (${(ms / cpu.identity).toFixed(2)}×)`,
    ]),
  );
  console.log(JSON.stringify({ name, path, kb: sizes, cpuPerRequest: ratios }, null, 1));
}
console.log(
  `load after: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
await store.close();
