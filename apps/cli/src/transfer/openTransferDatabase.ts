import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  createStore,
  type DatabaseTarget,
  databaseTargetFrom,
  openDatabase,
  redactUrl,
  type Store,
} from '@plan/store';
import { ioError } from '../exitCodes.js';

/**
 * Where a database is, from a command-line argument or `DATABASE_URL`: `postgres://…`,
 * `sqlite:<file>`, `file:<file>`, or a plain path to a SQLite file (relative to `cwd`).
 * Unset names the default SQLite file, as for the server.
 */
export function transferTargetOf(location: string | undefined, cwd: string): DatabaseTarget {
  let target: DatabaseTarget;
  try {
    target =
      location !== undefined && location.trim() !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(location)
        ? { dialect: 'sqlite', file: location }
        : databaseTargetFrom(location);
  } catch (error) {
    throw ioError(error instanceof Error ? error.message : String(error));
  }
  if (target.dialect === 'sqlite' && target.file !== ':memory:')
    return { dialect: 'sqlite', file: resolve(cwd, target.file) };
  return target;
}

/** How a database is named in messages: the SQLite file, or the URL without its password. */
export function describeTarget(target: DatabaseTarget): string {
  return target.dialect === 'sqlite'
    ? `SQLite ${target.file}`
    : `PostgreSQL ${redactUrl(target.connectionString)}`;
}

/**
 * Opens a database for a transfer without migrating it: a source is read as it is (its
 * migration goes into the file), a target is brought to the file's migration by the import.
 * A source SQLite file must exist (opening would make an empty one). Any failure is exit 3.
 */
export async function openTransferDatabase(
  target: DatabaseTarget,
  role: 'source' | 'target',
  clock: () => Date,
): Promise<Store> {
  if (role === 'source' && target.dialect === 'sqlite' && !existsSync(target.file))
    throw ioError(`no SQLite database at ${target.file}`);
  let store: Store | undefined;
  try {
    store = createStore(openDatabase(target), clock);
    // Connect now, so an unreachable server is named here rather than mid-transfer.
    await store.db
      .selectFrom('store_meta' as never)
      .selectAll()
      .limit(1)
      .execute()
      .catch((error: unknown) => {
        if (/does not exist|no such table/i.test(String(error))) return [];
        throw error;
      });
    return store;
  } catch (error) {
    await store?.close().catch(() => undefined);
    throw ioError(
      `cannot open the ${role} database (${describeTarget(target)}): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
