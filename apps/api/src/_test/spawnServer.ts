import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const apiRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export type RunningServer = {
  url: string;
  process: ChildProcess;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
};

/**
 * Starts the real server process and waits for its "listening" log line: by
 * default src/server.ts through tsx, reading workspace packages from source;
 * with `built`, dist/server.js as `pnpm start` runs it (build first), so memory
 * figures are the deployed server's, without the compiler's.
 */
export function spawnServer(
  env: Record<string, string>,
  options: { built?: boolean; startTimeoutMs?: number } = {},
): Promise<RunningServer> {
  const child = spawn(
    process.execPath,
    options.built
      ? ['dist/server.js']
      : ['--conditions=@plan/source', '--import', 'tsx', 'src/server.ts'],
    {
      cwd: apiRoot,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        PLAN_VIEWER_DIR: '/nonexistent',
        ...env,
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
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const limit = options.startTimeoutMs ?? 60_000;
    const timer = setTimeout(
      () => reject(new Error(`server did not start in ${limit / 1000} s:\n${output}`)),
      limit,
    );
    const check = () => {
      const line = output
        .split('\n')
        .find((candidate) => candidate.includes('"message":"listening"'));
      if (line) {
        clearTimeout(timer);
        const { url } = JSON.parse(line) as { url: string };
        resolve({
          url: url.replace('localhost', '127.0.0.1'),
          process: child,
          output: () => output,
          stop: async (signal = 'SIGTERM') => {
            child.kill(signal);
            return exited;
          },
        });
      }
    };
    child.stdout?.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output}`));
    });
  });
}
