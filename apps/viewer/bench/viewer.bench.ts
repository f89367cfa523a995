import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BenchResult, record } from '@plan/bench';
import { chromiumMissing, ensureBuild, launchChromium, startApi } from '../e2e/_lib/stack.js';

// The viewer's initial JavaScript (gzipped, as a browser receives it) and the
// time to first render of the overview in headless Chromium on localhost,
// beside the floor: loading a static file of the same server in the same browser.
const RUNS = Number(process.env.BENCH_VIEWER_RUNS ?? 7);

if (chromiumMissing) {
  console.log(`viewer benchmark skipped: ${chromiumMissing}`);
  process.exit(0);
}
const dist = await ensureBuild();
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entryScripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map(
  (match) => match[1] ?? '',
);
const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map(
  (match) => match[1] ?? '',
);
const initial = [...entryScripts, ...preloads].map((src) =>
  readFileSync(join(dist, src.replace(/^\//, ''))),
);
const initialGzip = initial.reduce((sum, file) => sum + gzipSync(file).length, 0);
const allJs = readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.js'));
const allGzip = allJs.reduce(
  (sum, file) => sum + gzipSync(readFileSync(join(dist, 'assets', file))).length,
  0,
);

const browser = await launchChromium();
const api = await startApi(dist);
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
try {
  const page = await (
    await browser.newContext({ baseURL: api.url, viewport: { width: 1440, height: 960 } })
  ).newPage();
  const firstRender: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // A fresh page cache each run: what a first visit costs.
    await page.context().clearCookies();
    const started = performance.now();
    await page.goto('/?asOf=2023-12-31', { waitUntil: 'commit' });
    // The overview has rendered once the status counts are on screen.
    await page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible' });
    await page.locator('main').getByText('%').first().waitFor({ state: 'visible' });
    firstRender.push(performance.now() - started);
    const floorStarted = performance.now();
    await page.goto('/favicon.svg', { waitUntil: 'load' });
    floor.push(performance.now() - floorStarted);
  }
  const results: BenchResult[] = [
    { name: 'viewer: initial JavaScript, gzipped', value: initialGzip / 1024, unit: 'KiB' },
    {
      name: 'viewer: all JavaScript, gzipped (charts load with their page)',
      value: allGzip / 1024,
      unit: 'KiB',
    },
    {
      name: 'viewer: time to first render of the overview (median)',
      value: median(firstRender),
      unit: 'ms',
      baseline: median(floor),
      ratio: median(floor) / median(firstRender),
    },
  ];
  record(results);
} finally {
  await browser.close();
  await api.stop();
}
