import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running throwaway cluster. */
export type ThrowawayPostgres = {
  url: string;
  /** Stops it for good and deletes its folder. */
  stop: () => void;
  /** Stops the server at once (`pg_ctl stop -m fast`: sessions are cut, as in a restart). */
  halt: () => void;
  /** Starts it again after `halt`, on the same port and data, once it accepts connections. */
  resume: () => void;
};

/**
 * Starts a PostgreSQL cluster for tests in a temporary folder, on a free
 * loopback port, and stops it (deleting the folder) on `stop()`. PostgreSQL
 * refuses to run as root, so as root the cluster runs as the `postgres` user.
 * Returns undefined, with the reason, where no PostgreSQL binaries are installed.
 * A test that restarts PostgreSQL (`halt`, `resume`) starts a cluster of its own,
 * never the one every other test file shares.
 */
export async function startThrowawayPostgres(): Promise<
  ThrowawayPostgres | { url: undefined; reason: string }
> {
  const bin = postgresBinaries();
  if (!bin)
    return { url: undefined, reason: 'no PostgreSQL server binaries (initdb, pg_ctl) found' };
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) => {
    const full = join(bin, command);
    return asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', full, ...args], { stdio: 'pipe' })
      : execFileSync(full, args, { stdio: 'pipe' });
  };
  const dir = mkdtempSync(join(tmpdir(), 'plan-pg-'));
  // The postgres user must be able to write the folder it runs in.
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
  const resume = () =>
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
  resume();
  const halt = () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    spawnSync(
      asRoot ? 'runuser' : join(bin, 'pg_ctl'),
      asRoot
        ? ['-u', 'postgres', '--', join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', 'stop']
        : ['-D', data, '-m', 'immediate', 'stop'],
      { stdio: 'ignore' },
    );
    rmSync(dir, { recursive: true, force: true });
  };
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop, halt, resume };
}

/** The folder of PostgreSQL's server programs (initdb, pg_ctl), or undefined where none is installed. */
export function postgresBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = join(root, version, 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  return undefined;
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
