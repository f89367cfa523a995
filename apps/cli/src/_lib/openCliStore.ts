import { resolve } from 'node:path';
import { databaseTargetFrom, openStore, type Store } from '@plan/store';
import type { CliContext } from '../cliContext.js';
import { ioError } from '../exitCodes.js';
import { reasonOf } from './readInputFile.js';

/**
 * Opens (and migrates) the database the API uses: `DATABASE_URL`, or
 * ./data/plan.sqlite under `cwd` when it is unset. Any failure is a database
 * error (exit 3) whose message names the database, never its password.
 */
export async function openCliStore(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  clock: () => Date,
): Promise<Store> {
  let target: ReturnType<typeof databaseTargetFrom>;
  try {
    target = databaseTargetFrom(env.DATABASE_URL);
  } catch (error) {
    throw ioError(error instanceof Error ? error.message : String(error));
  }
  // The API resolves a relative SQLite path against the process's directory; resolve it against ours.
  if (target.dialect === 'sqlite' && target.file !== ':memory:' && !target.file.startsWith('/')) {
    target = { dialect: 'sqlite', file: resolve(cwd, target.file) };
  }
  try {
    return await openStore(target, clock);
  } catch (error) {
    const where = target.dialect === 'sqlite' ? `SQLite ${target.file}` : 'PostgreSQL';
    throw ioError(`cannot open the database (${where}): ${reasonOf(error)}`);
  }
}

/** Runs `work` with an open store and always closes it, so the process can exit. */
export async function withStore<T>(
  context: Pick<CliContext, 'env' | 'cwd' | 'clock'>,
  work: (store: Store) => Promise<T>,
): Promise<T> {
  const store = await openCliStore(context.env, context.cwd, context.clock);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
