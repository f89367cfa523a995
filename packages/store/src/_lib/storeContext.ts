import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

/** What every part of the store shares: the database and the time of a write. */
export type StoreContext = {
  db: Kysely<Database>;
  /** The current time as an ISO string, from the store's clock. */
  now: () => string;
};
