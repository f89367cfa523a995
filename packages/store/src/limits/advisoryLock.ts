import { type Kysely, sql } from 'kysely';

/** Advisory lock ids of this application (any 64-bit numbers no other tool of the database uses). */
export const ADVISORY_LOCKS = {
  /** Held while migrations run. */
  migrations: 7_243_581_001,
  /** Held by a starting server while it migrates and seeds an empty database. */
  startup: 7_243_581_002,
} as const;

/**
 * Runs `work` while holding the PostgreSQL session advisory lock `id`, so that processes starting
 * together on one database do it one after another: the first migrates (or seeds), the others
 * wait and then find nothing left to do. The lock is held on a connection of its own, taken from
 * the pool, and released however `work` ends (the server releases it too if the process dies).
 * On SQLite, `work` simply runs: its writes are serialised by the database file's lock.
 */
export async function withAdvisoryLock<D, T>(
  db: Kysely<D>,
  dialect: 'sqlite' | 'postgres',
  id: number,
  work: () => Promise<T>,
): Promise<T> {
  if (dialect !== 'postgres') return work();
  return db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${id}::bigint)`.execute(connection);
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(${id}::bigint)`.execute(connection);
    }
  });
}
