import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** apps/cli: the directory the CLI runs in, as `pnpm --filter @plan/cli` would. */
export const cliRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixturesDir = join(cliRoot, 'src', '_test', 'fixtures');

const NODE_ARGS = ['--conditions=@plan/source', '--import', 'tsx', join(cliRoot, 'src', 'main.ts')];

export type PlanRun = { code: number | null; stdout: string; stderr: string };

/** Environment for a run: no inherited DATABASE_URL or server settings leak into a test. */
function cleanEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key === 'DATABASE_URL' || key.startsWith('PLAN_') || key === 'PORT' || key === 'HOST')
      continue;
    base[key] = value;
  }
  return { ...base, NO_COLOR: '1', ...env };
}

/** Runs `plan …` as a process from source and collects its exit code and output. */
export function runPlan(
  args: string[],
  options: { env?: Record<string, string>; cwd?: string } = {},
): Promise<PlanRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_ARGS, ...args], {
      cwd: options.cwd ?? cliRoot,
      env: cleanEnv(options.env ?? {}),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts `plan …` and leaves it running (for `plan serve`). */
export function startPlan(
  args: string[],
  options: { env?: Record<string, string>; cwd?: string } = {},
): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [...NODE_ARGS, ...args], {
    cwd: options.cwd ?? cliRoot,
    env: cleanEnv(options.env ?? {}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** A temporary directory and a SQLite database URL inside it; `dispose` removes both. */
export function tempWorkspace(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), `plan-cli-${prefix}-`));
  return {
    dir,
    databaseUrl: `sqlite:${join(dir, 'plan.sqlite')}`,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
