import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BenchResult, record } from '@plan/bench';
import lighthouse from 'lighthouse';
import { ensureBuild, viewerRoot } from '../e2e/_lib/stack.js';

// Lighthouse's mobile performance score (its default: a mid-range phone on a slow
// 4G link, simulated) of the overview and the indicators page, served by
// `plan serve` from the built viewer with a fresh SQLite database (plan baselines
// and demo figures), in Debian's Chromium. Beside each, the floor: the same audit
// of a plain static HTML page served by the same server in the same run.
// Goal (issue 16): ≥ 90.
const CHROME = process.env.CHROME_PATH ?? process.env.PLAN_CHROMIUM ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const PAGES = [
  { name: 'overview', path: '/' },
  { name: 'indicators', path: '/indicators' },
] as const;

if (!existsSync(CHROME)) {
  console.log(
    `lighthouse benchmark skipped: ${CHROME} is not installed (apt-get install chromium)`,
  );
  process.exit(0);
}

/** Waits for the first stdout/stderr line a child prints that `pick` accepts. */
function lineOf<T>(child: ChildProcess, pick: (line: string) => T | undefined, what: string) {
  return new Promise<T>((done, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`${what}: nothing in 90 s:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      for (const line of output.split('\n')) {
        const picked = pick(line);
        if (picked === undefined) continue;
        clearTimeout(timer);
        done(picked);
        return;
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => fail(new Error(`${what} exited (${code}):\n${output}`)));
  });
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const scratch = mkdtempSync(join(tmpdir(), 'plan-lighthouse-'));
// A copy of the build with the floor page beside index.html.
const dist = join(scratch, 'viewer');
cpSync(await ensureBuild(), dist, { recursive: true });
const indexHtml = readFileSync(join(dist, 'index.html'), 'utf8');
const initialScripts = new Set(
  [...indexHtml.matchAll(/<(?:script|link)[^>]+(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map(
    (match) => match[1] ?? '',
  ),
);
writeFileSync(
  join(dist, 'floor.html'),
  '<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>规划监测</title></head><body><h1>规划监测 · Plan monitor</h1></body></html>\n',
);
// `plan serve` as a user starts it (from the sources, as `pnpm plan` runs), on a free port.
const server = spawn(
  process.execPath,
  [
    '--conditions=@plan/source',
    '--import',
    'tsx',
    'src/main.ts',
    'serve',
    '--port',
    '0',
    '--host',
    '127.0.0.1',
    '--json',
  ],
  {
    cwd: resolve(viewerRoot, '..', 'cli'),
    env: {
      ...process.env,
      DATABASE_URL: `sqlite:${join(scratch, 'plan.sqlite')}`,
      PLAN_VIEWER_DIR: dist,
      PLAN_DEMO_DATA: '1',
      PLAN_LOG: 'silent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
const chrome = spawn(
  CHROME,
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--remote-debugging-port=0',
    `--user-data-dir=${join(scratch, 'chrome')}`,
    'about:blank',
  ],
  { stdio: ['ignore', 'pipe', 'pipe'] },
);
try {
  const [url, port] = await Promise.all([
    lineOf(
      server,
      (line) =>
        line.startsWith('{"ok":true') ? (JSON.parse(line) as { url: string }).url : undefined,
      'plan serve',
    ),
    lineOf(
      chrome,
      (line) => /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(line)?.[1],
      'chromium',
    ),
  ]);
  const base = url.replace('localhost', '127.0.0.1');
  const audit = async (path: string) => {
    const result = await lighthouse(`${base}${path}`, {
      port: Number(port),
      onlyCategories: ['performance'],
      logLevel: 'error',
      output: 'json',
      // BENCH_LIGHTHOUSE_ACCEPT_ENCODING=identity: the page as a server without compression
      // sends it (how the viewer was served before issue 16), for a before/after in one place.
      ...(process.env.BENCH_LIGHTHOUSE_ACCEPT_ENCODING
        ? { extraHeaders: { 'Accept-Encoding': process.env.BENCH_LIGHTHOUSE_ACCEPT_ENCODING } }
        : {}),
    });
    const lhr = result?.lhr;
    // BENCH_LIGHTHOUSE_REPORTS=<folder>: keep each full report (JSON) to see where the time goes.
    const keep = process.env.BENCH_LIGHTHOUSE_REPORTS;
    if (keep && lhr)
      writeFileSync(
        join(keep, `${path.replace(/\W+/g, '_') || '_'}-${Date.now()}.json`),
        JSON.stringify(lhr),
      );
    const score = lhr?.categories.performance?.score;
    if (!lhr || score === undefined || score === null)
      throw new Error(
        `lighthouse gave no performance score for ${path}: ${lhr?.runtimeError?.message ?? 'no result'}`,
      );
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const requests =
      (
        lhr.audits['network-requests']?.details as
          | { items?: { url: string; transferSize?: number; resourceSize?: number }[] }
          | undefined
      )?.items ?? [];
    // The scripts index.html names (its entry and the chunks it preloads): the first load's JavaScript.
    const initial = requests.filter((request) => initialScripts.has(new URL(request.url).pathname));
    return {
      score: score * 100,
      fcp: numeric('first-contentful-paint'),
      lcp: numeric('largest-contentful-paint'),
      tbt: numeric('total-blocking-time'),
      transfer: requests.reduce((sum, request) => sum + (request.transferSize ?? 0), 0),
      benchmarkIndex: lhr.environment.benchmarkIndex,
      initialTransfer: initial.reduce((sum, request) => sum + (request.transferSize ?? 0), 0),
      initialSize: initial.reduce((sum, request) => sum + (request.resourceSize ?? 0), 0),
    };
  };
  // Warm the server once (first plan load, first assessment), as a visitor after the first would find it.
  await fetch(`${base}/api/v1/assessments`).catch(() => undefined);
  const floor: number[] = [];
  const machine: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const audited = await audit('/floor.html');
    floor.push(audited.score);
    machine.push(audited.benchmarkIndex);
  }
  // Lighthouse's own measure of the machine's speed: its simulated phone multiplies the CPU
  // time seen here by 4, so a busy machine (a low index) scores every page lower, the floor too.
  const results: BenchResult[] = [
    {
      name: 'viewer: Lighthouse benchmarkIndex of this machine (median)',
      value: median(machine),
      unit: 'index',
    },
  ];
  for (const page of PAGES) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await audit(page.path));
    // Every run, not only the median: a score this close to the goal is judged by its spread.
    console.log(
      `${page.path}: ${runs.map((run) => `${run.score} (LCP ${Math.round(run.lcp)} ms, TBT ${Math.round(run.tbt)} ms)`).join(', ')}`,
    );
    const score = median(runs.map((run) => run.score));
    results.push(
      {
        name: `viewer: Lighthouse mobile performance, ${page.name} (${page.path}), median of ${RUNS}`,
        value: score,
        unit: 'score',
        baseline: median(floor),
        ratio: score / median(floor),
      },
      {
        name: `viewer: Lighthouse mobile LCP, ${page.name}`,
        value: median(runs.map((run) => run.lcp)),
        unit: 'ms',
      },
      {
        name: `viewer: Lighthouse mobile TBT, ${page.name}`,
        value: median(runs.map((run) => run.tbt)),
        unit: 'ms',
      },
      {
        name: `viewer: bytes on the wire, ${page.name} (all requests)`,
        value: median(runs.map((run) => run.transfer)) / 1024,
        unit: 'KiB',
      },
    );
    if (page.path === '/') {
      const [first] = runs;
      results.push({
        name: 'viewer: initial scripts on the wire (of their size)',
        value: (first?.initialTransfer ?? Number.NaN) / 1024,
        unit: 'KiB',
        baseline: (first?.initialSize ?? Number.NaN) / 1024,
        ratio: (first?.initialTransfer ?? Number.NaN) / (first?.initialSize ?? Number.NaN),
      });
    }
  }
  record(results);
} finally {
  await Promise.all([stop(server), stop(chrome)]);
  rmSync(scratch, { recursive: true, force: true });
}
