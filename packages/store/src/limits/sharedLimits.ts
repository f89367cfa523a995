import { sql } from 'kysely';
import type { StoreContext } from '../_lib/storeContext.js';

/**
 * Fixed-window counters kept in the database (table `shared_limits`, migration 0008), so that
 * several server processes on one PostgreSQL count one client's writes and failed sign-ins
 * together. One row per key: the start of its current window (ms since the epoch, chosen by the
 * caller) and the hits in it. A hit is one atomic upsert: two processes counting the same key at
 * once never lose a hit. Counting is not a data change: the data version is not bumped.
 */
export function createSharedLimits({ db }: StoreContext) {
  return {
    /**
     * Counts one hit for `key` in the window starting at `windowStart` and returns the hits in
     * it, this one included. A row of an older window starts over at 1; a process whose clock is
     * behind (an older `windowStart` than stored) counts into the stored, newer window.
     */
    async hit(key: string, windowStart: number): Promise<number> {
      const row = await sql<{ hits: number | string }>`
        insert into shared_limits (key, window_start, hits) values (${key}, ${windowStart}, 1)
        on conflict (key) do update set
          hits = case when shared_limits.window_start >= excluded.window_start
            then shared_limits.hits + 1 else 1 end,
          window_start = case when shared_limits.window_start >= excluded.window_start
            then shared_limits.window_start else excluded.window_start end
        returning hits`.execute(db);
      return Number(row.rows[0]?.hits ?? 1);
    },

    /** The hits of `key` in the window starting at `windowStart` (0 when none, or an older window). */
    async hits(key: string, windowStart: number): Promise<number> {
      const row = await db
        .selectFrom('shared_limits')
        .select(['hits', 'window_start'])
        .where('key', '=', key)
        .executeTakeFirst();
      return row && Number(row.window_start) >= windowStart ? Number(row.hits) : 0;
    },

    /** Deletes the rows of windows that started before `before`; returns how many. */
    async forget(before: number): Promise<number> {
      const result = await db
        .deleteFrom('shared_limits')
        .where('window_start', '<', before)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type SharedLimits = ReturnType<typeof createSharedLimits>;
