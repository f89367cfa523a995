import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A PostgreSQL cluster of one test's own, which the test may stop and start again. */
export type RestartablePostgres = {
  url: string;
  /** Stops the server at once (`pg_ctl stop -m fast`: sessions are cut, as in a restart). */
  stop: () => void;
  /** Starts it again on the same port and data, waiting until it accepts connections. */
  start: () => void;
  /** Stops it for good and deletes its folder. */
  destroy: () => void;
};

/** The folder of PostgreSQL's server programs (initdb, pg_ctl), or undefined where none is installed. */
export function postgresBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  for (const version of readdirSync(root).sort((a, b) => Number(b) - Number(a))) {
    const bin = join(root, version, 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  return undefined;
}

/**
 * Like @plan/store/testing's throwaway cluster (initdb in a temporary folder, a free loopback
 * port, run as the `postgres` user when the tests run as root), but of this test alone: the
 * tests that restart PostgreSQL must not restart the server every other test file shares.
 * `bin` is postgresBinaries().
 */
export async function startRestartablePostgres(bin: string): Promise<RestartablePostgres> {
  const asRoot = process.getuid?.() === 0;
  const command = (name: string, args: string[]) =>
    asRoot
      ? { file: 'runuser', args: ['-u', 'postgres', '--', join(bin, name), ...args] }
      : { file: join(bin, name), args };
  const run = (name: string, args: string[]) => {
    const { file, args: full } = command(name, args);
    execFileSync(file, full, { stdio: 'pipe' });
  };
  const dir = mkdtempSync(join(tmpdir(), 'plan-pg-restart-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  run('initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
  ]);
  const start = () =>
    run('pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'log'),
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`,
      '-w',
      'start',
    ]);
  const stop = () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  start();
  let destroyed = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      const { file, args } = command('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      spawnSync(file, args, { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
