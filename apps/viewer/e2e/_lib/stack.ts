import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const viewerRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const apiRoot = resolve(viewerRoot, '..', 'api');
/**
 * Where the end-to-end tests save screenshots: test-results/ (ignored by git), or
 * docs/screenshots/ with PLAN_UPDATE_SCREENSHOTS=1, to refresh the ones the README
 * shows — so a plain `pnpm test` leaves the work tree as it was.
 */
export const screenshotDir =
  process.env.PLAN_UPDATE_SCREENSHOTS === '1'
    ? resolve(viewerRoot, '..', '..', 'docs', 'screenshots')
    : resolve(viewerRoot, 'test-results', 'screenshots');

/** Debian's Chromium; the tests never download a browser. */
export const CHROMIUM = process.env.PLAN_CHROMIUM ?? '/usr/bin/chromium';
export const chromiumMissing = existsSync(CHROMIUM)
  ? undefined
  : `${CHROMIUM} is not installed (apt-get install chromium fonts-noto-cjk): the end-to-end tests are skipped`;

function newestMtime(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(
    stats.mtimeMs,
    ...readdirSync(path).map((entry) => newestMtime(join(path, entry))),
  );
}

/** The newest change to anything the build reads: the viewer's sources and the packages it imports. */
function sourcesChangedAt(): number {
  const inputs = [
    join(viewerRoot, 'src'),
    join(viewerRoot, 'public'),
    join(viewerRoot, 'index.html'),
    join(viewerRoot, 'vite.config.ts'),
    join(viewerRoot, '..', '..', 'packages', 'scoring', 'src', 'statusLabels.ts'),
    join(viewerRoot, '..', '..', 'packages', 'observations', 'src'),
  ];
  return Math.max(...inputs.filter((path) => existsSync(path)).map(newestMtime));
}

/**
 * The built viewer: `dist/` when it is newer than every source, else a fresh
 * production `vite build` into `dist/` (as `pnpm build` makes it).
 */
export async function ensureBuild(): Promise<string> {
  const dist = join(viewerRoot, 'dist');
  const index = join(dist, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs > sourcesChangedAt()) return dist;
  // A child process, so the build is a production one whatever NODE_ENV the test runner set.
  await new Promise<void>((done, fail) => {
    const child = spawn(
      process.execPath,
      [join(viewerRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error'],
      { cwd: viewerRoot, env: { ...process.env, NODE_ENV: 'production' }, stdio: 'inherit' },
    );
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`vite build exited with ${code}`)),
    );
  });
  return dist;
}

export type RunningApi = {
  url: string;
  adminToken: string;
  output: () => string;
  stop: () => Promise<void>;
};

/**
 * Starts the real API (apps/api/src/server.ts through tsx) on a free port with
 * a temporary SQLite database, serving the built viewer, and waits for its
 * "listening" line. The database starts empty, so the server seeds the plan's
 * baselines and the illustrative demo figures.
 */
export function startApi(viewerDir: string): Promise<RunningApi> {
  const dataDir = mkdtempSync(join(tmpdir(), 'plan-viewer-e2e-'));
  const adminToken = 'e2e-admin-token-0123456789';
  const child: ChildProcess = spawn(
    process.execPath,
    ['--conditions=@plan/source', '--import', 'tsx', 'src/server.ts'],
    {
      cwd: apiRoot,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: `sqlite:${join(dataDir, 'plan.sqlite')}`,
        PLAN_VIEWER_DIR: viewerDir,
        PLAN_ADMIN_TOKEN: adminToken,
        PLAN_DEMO_DATA: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the API did not start in 60 s:\n${output}`));
    }, 60_000);
    const check = () => {
      const line = output
        .split('\n')
        .find((candidate) => candidate.includes('"message":"listening"'));
      if (!line) return;
      clearTimeout(timer);
      child.stdout?.off('data', check);
      const { url } = JSON.parse(line) as { url: string };
      resolvePromise({
        url: url.replace('localhost', '127.0.0.1'),
        adminToken,
        output: () => output,
        stop,
      });
    };
    child.stdout?.on('data', check);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the API exited before listening:\n${output}`));
    });
  });
}

/** Chromium headless, as the CI machine has it, with Chinese as the browser's language. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=zh-CN',
    ],
  });
}

/**
 * A desktop page in Chinese, in the city's time zone, on the running API; every page error and
 * console error is pushed to `errors`, which the tests assert empty at the end.
 */
export async function openReaderPage(
  browser: Browser,
  baseURL: string,
  errors: string[],
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1440, height: 960 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { context, page };
}
