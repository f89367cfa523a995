import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { bumpDataVersion } from './_lib/bumpDataVersion.js';
import { naturalKey, toRow } from './_lib/observationRow.js';
import { sqliteRowInserter } from './_lib/sqliteRowInserter.js';
import type { StoreContext } from './_lib/storeContext.js';
import { ConflictError } from './conflictError.js';
import type { Database, ObservationRow } from './database.js';
import type { OpenDatabase } from './openDatabase.js';
import type { Actor, ImportOutcome, NewObservation } from './store.types.js';

/** Rows per statement in bulk reads and writes: well under SQLite's limit of bound variables. */
const BATCH = 500;

class DryRunRollback extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super('dry run: rolled back');
  }
}

/** The stored values (as JSON) of the keys an import touches, by key. */
async function existingByKey(trx: Transaction<Database>, observations: NewObservation[]) {
  const indicatorIds = [...new Set(observations.map((observation) => observation.indicatorId))];
  const found = new Map<string, string>();
  for (let start = 0; start < indicatorIds.length; start += BATCH) {
    const rows = await trx
      .selectFrom('observations')
      .select(['indicator_id', 'region', 'period_date', 'source', 'value_json'])
      .where('indicator_id', 'in', indicatorIds.slice(start, start + BATCH))
      .execute();
    for (const row of rows) {
      found.set(
        naturalKey(row.indicator_id, row.region, row.period_date, row.source),
        row.value_json,
      );
    }
  }
  return found;
}

/**
 * Bulk imports: many observations in one transaction, all or nothing. On SQLite
 * the rows go through one prepared statement on the handle under Kysely (`sqlite`).
 */
export function createObservationImport({ db, now }: StoreContext, sqlite: OpenDatabase['sqlite']) {
  const insertSqliteRows = sqlite ? sqliteRowInserter(sqlite) : undefined;
  return {
    /**
     * Stores many observations in one transaction: all or nothing. A row equal to
     * a stored one (same key and value) is left as it is, so re-sending an import
     * creates no duplicates; a row whose key exists with another value is a conflict
     * and nothing is written.
     */
    async importObservations(
      observations: NewObservation[],
      actor: Actor,
      options: {
        reason?: string;
        dryRun?: boolean;
        onProgress?: (done: number, total: number) => void;
      } = {},
    ): Promise<ImportOutcome> {
      try {
        return await db.transaction().execute(async (trx) => {
          const at = now();
          const existing = await existingByKey(trx, observations);
          const fresh: ObservationRow[] = [];
          const seen = new Map<string, string>();
          let unchanged = 0;
          for (const observation of observations) {
            const key = naturalKey(
              observation.indicatorId,
              observation.region,
              observation.date,
              observation.source,
            );
            const valueJson = JSON.stringify(observation.value);
            const stored = existing.get(key) ?? seen.get(key);
            if (stored !== undefined) {
              if (stored === valueJson) {
                unchanged++;
                continue;
              }
              throw new ConflictError(
                `"${observation.indicatorId}" for ${observation.region} on ${observation.date} from "${observation.source}" is already recorded with another value; correct it with PATCH`,
                '',
              );
            }
            seen.set(key, valueJson);
            // The value was serialised once above for the duplicate check; toRow reuses it.
            fresh.push(
              toRow(observation, randomUUID(), at, actor, options.reason ?? 'import', valueJson),
            );
          }
          for (let start = 0; start < fresh.length; start += BATCH) {
            const batch = fresh.slice(start, start + BATCH);
            if (insertSqliteRows) insertSqliteRows(batch);
            else await trx.insertInto('observations').values(batch).execute();
            options.onProgress?.(Math.min(start + BATCH, fresh.length), fresh.length);
          }
          if (fresh.length > 0) await bumpDataVersion(trx);
          const outcome = { created: fresh.length, unchanged, ids: fresh.map((row) => row.id) };
          // A dry run does the whole import, then rolls it back: the report is exactly what a real run would do.
          if (options.dryRun) throw new DryRunRollback(outcome);
          return outcome;
        });
      } catch (error) {
        if (error instanceof DryRunRollback) return error.outcome;
        throw error;
      }
    },
  };
}
