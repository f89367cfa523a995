import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { record } from '@plan/bench';
import { startThrowawayPostgres } from '@plan/store/testing';
import { spawnServer } from '../src/_test/spawnServer.js';
import { hugeAssessBody, wideXlsx, zipBombXlsx } from './_lib/hostileFiles.js';
import { syntheticObservationsCsv } from './_lib/syntheticRows.js';

// `pnpm bench` in apps/api: is the real server still answering while one client
// sends it the hostile files of issue 12, or while a 1M-row import runs? /health
// is asked every PROBE_MS whether or not the previous answer came (so a stall of
// the event loop shows as many slow answers, not one), and the server's RSS is
// read from /proc. The floor is /health p99 on the idle server in the same run.
// Goal: p99 < 100 ms and RSS < 512 MB throughout.
const IMPORT_ROWS = Number(process.env.BENCH_RESPONSIVENESS_ROWS ?? 1_000_000);
const PROBE_MS = 10;
const GOAL_P99_MS = 100;
const GOAL_RSS_MB = 512;
const ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

console.log('responsiveness benchmark: generating the files…');
const csvImport = Buffer.from(syntheticObservationsCsv(IMPORT_ROWS));
// 19.5 MB of CSV, sent as a dry run (issue 12: 15.9 s, every reader blocked for 14 s).
const csvDryRun = Buffer.from(
  syntheticObservationsCsv(Math.floor((19.5e6 / csvImport.length) * IMPORT_ROWS)),
);
const wide = await wideXlsx();
const bomb = await zipBombXlsx(296);
const assessBody = hugeAssessBody(13);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
console.log(
  `  wide XLSX ${mb(wide.length)}, zip bomb ${mb(bomb.length)} (296 MB of XML), /assess body ${mb(assessBody.length)}, ` +
    `CSV dry run ${mb(csvDryRun.length)}, import ${IMPORT_ROWS.toLocaleString('en-US')} rows ${mb(csvImport.length)}`,
);

let server: Awaited<ReturnType<typeof spawnServer>>;
let pid = 0;
/** The database of the phases being measured, in the figures' names. */
let on = '';

function rssMb(): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)\s*kB/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

// The prober runs on a thread of its own: this thread writes the files being sent, and a
// 59 MB body written from the same event loop would delay the probes, not the server.
const PROBER = `
const { workerData, parentPort } = require('node:worker_threads');
const latencies = [];
let failed = 0;
const pending = new Set();
const ask = () => {
  const started = performance.now();
  const request = fetch(workerData.url)
    .then((response) => response.arrayBuffer())
    .then(
      () => { latencies.push(performance.now() - started); },
      () => {
        // A probe that failed (refused or timed out connection) counts with the time it waited.
        failed++;
        latencies.push(performance.now() - started);
      },
    )
    .finally(() => pending.delete(request));
  pending.add(request);
};
const probe = setInterval(ask, workerData.every);
parentPort.on('message', async () => {
  clearInterval(probe);
  await Promise.all(pending);
  parentPort.postMessage({ latencies, failed });
});
`;

/** Asks /health every PROBE_MS (from a thread of its own) and samples the RSS until stopped. */
function watch() {
  const prober = new Worker(PROBER, {
    eval: true,
    workerData: { url: `${server.url}/api/v1/health`, every: PROBE_MS },
  });
  let peakRss = rssMb();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, rssMb());
  }, 50);
  return async () => {
    clearInterval(sampler);
    const { latencies, failed } = await new Promise<{ latencies: number[]; failed: number }>(
      (resolve) => {
        prober.once('message', resolve);
        prober.postMessage('stop');
      },
    );
    await prober.terminate();
    peakRss = Math.max(peakRss, rssMb());
    const sorted = latencies.sort((a, b) => a - b);
    const at = (share: number) =>
      sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
    return { count: sorted.length, failed, p50: at(0.5), p99: at(0.99), max: at(1), peakRss };
  };
}

/** POSTs a body with node:http (no client-side timeout: a slow answer is measured, not cut off). */
function post(path: string, type: string, body: Buffer) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const request = httpRequest(
      `${server.url}${path}`,
      {
        method: 'POST',
        headers: {
          'content-type': type,
          'content-length': body.length,
          authorization: `Bearer ${ADMIN_TOKEN}`,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString() }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    // A server that answers 413 early closes while the body is still being written: not a failure.
    request.on('socket', (socket) => socket.on('error', () => {}));
    request.end(body);
  });
}

async function send(label: string, path: string, type: string, body: Buffer) {
  const started = performance.now();
  let outcome: { status: number; text: string };
  try {
    outcome = await post(path, type, body);
  } catch (error) {
    outcome = { status: 0, text: `{"detail":"request failed: ${String(error)}"}` };
  }
  const ms = performance.now() - started;
  let detail = '';
  try {
    detail = (JSON.parse(outcome.text) as { detail?: string }).detail ?? '';
  } catch {}
  console.log(
    `  ${label.padEnd(34)} → ${outcome.status} in ${ms.toFixed(0)} ms, answer ${outcome.text.length} bytes ${detail ? `(${detail.slice(0, 110)})` : ''}`,
  );
  return { status: outcome.status, ms };
}

/** GETs a path with the admin token and reads the whole (streamed) answer. */
async function download(label: string, path: string) {
  const started = performance.now();
  let status = 0;
  let bytes = 0;
  try {
    const response = await fetch(`${server.url}${path}`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    status = response.status;
    bytes = (await response.arrayBuffer()).byteLength;
  } catch (error) {
    console.log(`  ${label}: request failed (${String(error)})`);
  }
  console.log(
    `  ${label.padEnd(34)} → ${status} in ${(performance.now() - started).toFixed(0)} ms, ${mb(bytes)}`,
  );
  return status;
}

type Watched = Awaited<ReturnType<ReturnType<typeof watch>>>;
const show = (label: string, figures: Watched) =>
  console.log(
    `  ${label}: /health p50 ${figures.p50.toFixed(1)} ms, p99 ${figures.p99.toFixed(1)} ms, max ${figures.max.toFixed(0)} ms over ${figures.count} probes (${figures.failed} failed); RSS peak ${figures.peakRss.toFixed(0)} MB`,
  );

const ratio = (value: number, baseline: number) => ({ value, baseline, ratio: value / baseline });
function goal(label: string, figures: Watched) {
  const p99 = figures.p99 < GOAL_P99_MS ? 'met' : 'MISSED';
  const rss = figures.peakRss < GOAL_RSS_MB ? 'met' : 'MISSED';
  console.log(
    `  goal during ${label}: p99 < ${GOAL_P99_MS} ms ${p99}, RSS < ${GOAL_RSS_MB} MB ${rss}`,
  );
}
/** Records a phase's figures against the idle floor, unless a request of it failed (then nothing was measured). */
function recordPhase(label: string, name: string, idle: Watched, figures: Watched, sent: number[]) {
  if (sent.some((status) => status === 0) || figures.count === 0) {
    console.log(`  ${label}: a request failed, figures not recorded`);
    return;
  }
  record([
    {
      name: `responsiveness (${on}): /health p99 ${name}`,
      unit: 'ms',
      ...ratio(figures.p99, idle.p99),
    },
    {
      name: `responsiveness (${on}): server RSS peak ${name}`,
      unit: 'MB',
      ...ratio(figures.peakRss, idle.peakRss),
    },
  ]);
  goal(label, figures);
}

/** Every phase against the real server on one database; figures named with the database. */
async function measureOn(database: string, databaseUrl: string) {
  console.log(`\n${database}:`);
  on = database;
  server = await spawnServer(
    {
      DATABASE_URL: databaseUrl,
      PLAN_LOG: 'silent',
      PLAN_DEMO_DATA: '0',
      PLAN_ADMIN_TOKEN: ADMIN_TOKEN,
      // The 1M-row import is larger than the default body limit of 20 MB.
      PLAN_BODY_LIMIT: String(Math.max(20 * 1024 * 1024, csvImport.length + 1024)),
      PLAN_WRITE_RATE_PER_MINUTE: '100000',
    },
    // The server as deployed (dist/, built by turbo before `bench`): its memory, not the compiler's.
    { built: true },
  );
  pid = server.process.pid as number;
  try {
    // The work threads start when the server listens; the idle floor is measured once they have.
    await sleep(3000);
    let stop = watch();
    await sleep(3000);
    const idle = await stop();
    show('idle', idle);
    record([
      { name: `responsiveness (${on}): /health p99, idle server`, value: idle.p99, unit: 'ms' },
      { name: `responsiveness (${on}): server RSS, idle`, value: idle.peakRss, unit: 'MB' },
    ]);

    console.log('hostile files, one after another:');
    stop = watch();
    const sent = [
      await send(
        'XLSX with a cell at XFD1 (dry run)',
        '/api/v1/observations/import?dryRun=true',
        XLSX,
        wide,
      ),
      await send('zip bomb XLSX (dry run)', '/api/v1/observations/import?dryRun=true', XLSX, bomb),
      await send('13 MB series to /assess', '/api/v1/assess', 'application/json', assessBody),
      await send(
        '19.5 MB CSV (dry run)',
        '/api/v1/observations/import?dryRun=true',
        'text/csv',
        csvDryRun,
      ),
    ].map((outcome) => outcome.status);
    const hostile = await stop();
    show('hostile files', hostile);
    recordPhase('hostile files', 'while hostile files are refused', idle, hostile, sent);

    console.log(`a ${IMPORT_ROWS.toLocaleString('en-US')}-row CSV import:`);
    stop = watch();
    const imported = await send(
      `import of ${IMPORT_ROWS} rows`,
      '/api/v1/observations/import',
      'text/csv',
      csvImport,
    );
    const importing = await stop();
    show('import', importing);
    recordPhase(
      'import',
      `during a ${IMPORT_ROWS.toLocaleString('en-US')}-row CSV import`,
      idle,
      importing,
      [imported.status],
    );

    // One region's rows of the import: a tenth of them (the synthetic rows cycle through ten regions).
    const exportRows = Math.round(IMPORT_ROWS / 10).toLocaleString('en-US');
    console.log(`exports of ${exportRows} rows (one region), CSV then XLSX:`);
    stop = watch();
    const exported = [
      await download('CSV export', '/api/v1/observations?format=csv&region=ordos'),
      await download('XLSX export', '/api/v1/observations?format=xlsx&region=ordos'),
    ];
    const exporting = await stop();
    show('exports', exporting);
    recordPhase(
      'exports',
      `during CSV and XLSX exports of ${exportRows} rows`,
      idle,
      exporting,
      exported.map((status) => (status === 200 ? status : 0)),
    );
  } finally {
    await server.stop();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'plan-responsiveness-'));
try {
  await measureOn('SQLite', `sqlite:${join(dir, 'plan.sqlite')}`);
  const cluster = await startThrowawayPostgres();
  if (cluster.url === undefined) console.log(`\nPostgreSQL: skipped (${cluster.reason})`);
  else {
    try {
      await measureOn('PostgreSQL', cluster.url);
    } finally {
      cluster.stop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
