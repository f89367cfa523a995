import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import { bumpDataVersion } from './_lib/bumpDataVersion.js';
import { DEFAULT_PLAN_ID, toRow } from './_lib/observationRow.js';
import { sqliteRowInserter } from './_lib/sqliteRowInserter.js';
import type { StoreContext } from './_lib/storeContext.js';
import { ConflictError } from './conflictError.js';
import type { Database, ObservationRow } from './database.js';
import type { OpenDatabase } from './openDatabase.js';
import type { Actor, ImportOutcome, NewObservation } from './store.types.js';

/**
 * Rows per batch: a statement's worth on PostgreSQL, well under SQLite's limit
 * of bound variables, and a few milliseconds of work between two turns of the event loop.
 */
const BATCH = 250;

/** Lets the event loop answer other requests between batches of a long import. */
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export type BatchImportOptions = {
  reason?: string;
  dryRun?: boolean;
  /** The plan the observations belong to (default: the built-in plan). */
  planId?: string;
  /** Called after each batch with the rows done so far (created or unchanged). */
  onProgress?: (done: number) => void;
};

export type ImportOptions = Omit<BatchImportOptions, 'onProgress'> & {
  /** Called after each batch with the rows done so far and the rows in all. */
  onProgress?: (done: number, total: number) => void;
};

/** What an import of batches did (`ImportOutcome` without the ids: a million of them would be a list of its own). */
export type BatchImportOutcome = Omit<ImportOutcome, 'ids'>;

class DryRunRollback extends Error {
  constructor(readonly outcome: BatchImportOutcome) {
    super('dry run: rolled back');
  }
}

type Key = Pick<NewObservation, 'indicatorId' | 'region' | 'date' | 'source'>;
/** The stored value (as JSON) of each key of a batch that is recorded, by the key's position in the batch. */
type LookUp = (
  trx: Transaction<Database>,
  planId: string,
  keys: readonly Key[],
) => Promise<(string | undefined)[]>;

/**
 * On SQLite: one prepared statement per key on the handle under Kysely (it runs
 * inside the Kysely transaction, which holds SQLite's one connection), each a
 * lookup in the natural key's index.
 */
function sqliteLookUp(sqlite: NonNullable<OpenDatabase['sqlite']>): LookUp {
  let statement: ReturnType<typeof sqlite.prepare> | undefined;
  return async (_trx, planId, keys) => {
    statement ??= sqlite
      .prepare(
        'select value_json from observations where plan_id = ? and indicator_id = ? and region = ? and period_date = ? and source = ?',
      )
      .pluck();
    return keys.map(
      (key) =>
        statement?.get([planId, key.indicatorId, key.region, key.date, key.source]) as
          | string
          | undefined,
    );
  };
}

/** On PostgreSQL: one query per batch, the keys as a VALUES list matched on the natural key. */
const postgresLookUp: LookUp = async (trx, planId, keys) => {
  if (keys.length === 0) return [];
  const wanted = sql.join(
    keys.map((key) => sql`(${key.indicatorId}, ${key.region}, ${key.date}, ${key.source})`),
  );
  const rows = await trx
    .selectFrom('observations')
    .select(['indicator_id', 'region', 'period_date', 'source', 'value_json'])
    .where('plan_id', '=', planId)
    .where(sql<boolean>`(indicator_id, region, period_date, source) in (values ${wanted})`)
    .execute();
  const found = new Map(
    rows.map((row) => [
      keyText(row.indicator_id, row.region, row.period_date, row.source),
      row.value_json,
    ]),
  );
  return keys.map((key) => found.get(keyText(key.indicatorId, key.region, key.date, key.source)));
};

const keyText = (indicatorId: string, region: string, date: string, source: string) =>
  `${indicatorId}\u0000${region}\u0000${date}\u0000${source}`;

function conflict(observation: NewObservation): ConflictError {
  return new ConflictError(
    `"${observation.indicatorId}" for ${observation.region} on ${observation.date} from "${observation.source}" is already recorded with another value; correct it with PATCH`,
    '',
  );
}

async function* inBatches(observations: readonly NewObservation[]) {
  for (let start = 0; start < observations.length; start += BATCH)
    yield observations.slice(start, start + BATCH);
}

/**
 * Bulk imports: many observations in one transaction, all or nothing. On SQLite
 * the rows go through prepared statements on the handle under Kysely (`sqlite`).
 */
export function createObservationImport({ db, now }: StoreContext, sqlite: OpenDatabase['sqlite']) {
  const insertSqliteRows = sqlite ? sqliteRowInserter(sqlite) : undefined;
  const lookUp = sqlite ? sqliteLookUp(sqlite) : postgresLookUp;

  /**
   * The import itself, batch by batch: each batch is checked against what is
   * stored (earlier batches of the same import included, so a key twice in a
   * file is found too) and written, then the event loop gets a turn. Nothing is
   * held beyond a batch, so memory stays flat however long the import.
   */
  async function importBatches(
    batches: Iterable<readonly NewObservation[]> | AsyncIterable<readonly NewObservation[]>,
    actor: Actor,
    options: BatchImportOptions,
    onInserted?: (ids: string[]) => void,
  ): Promise<BatchImportOutcome> {
    const planId = options.planId ?? DEFAULT_PLAN_ID;
    try {
      return await db.transaction().execute(async (trx) => {
        const at = now();
        let created = 0;
        let unchanged = 0;
        for await (const incoming of batches) {
          for (let start = 0; start < incoming.length; start += BATCH) {
            const batch = incoming.length > BATCH ? incoming.slice(start, start + BATCH) : incoming;
            const stored = await lookUp(trx, planId, batch);
            const fresh: ObservationRow[] = [];
            // Keys of this batch not yet written: earlier batches are in the table already.
            const inBatch = new Map<string, string>();
            batch.forEach((observation, index) => {
              const valueJson = JSON.stringify(observation.value);
              const key = keyText(
                observation.indicatorId,
                observation.region,
                observation.date,
                observation.source,
              );
              const recorded = stored[index] ?? inBatch.get(key);
              if (recorded !== undefined) {
                if (recorded !== valueJson) throw conflict(observation);
                unchanged++;
                return;
              }
              inBatch.set(key, valueJson);
              fresh.push(
                toRow(
                  observation,
                  randomUUID(),
                  at,
                  actor,
                  options.reason ?? 'import',
                  valueJson,
                  planId,
                ),
              );
            });
            if (insertSqliteRows) insertSqliteRows(fresh);
            else if (fresh.length > 0) await trx.insertInto('observations').values(fresh).execute();
            created += fresh.length;
            onInserted?.(fresh.map((row) => row.id));
            options.onProgress?.(created + unchanged);
            await yieldToLoop();
          }
        }
        if (created > 0) await bumpDataVersion(trx);
        const outcome = { created, unchanged };
        // A dry run does the whole import, then rolls it back: the report is exactly what a real run would do.
        if (options.dryRun) throw new DryRunRollback(outcome);
        return outcome;
      });
    } catch (error) {
      if (error instanceof DryRunRollback) return error.outcome;
      throw error;
    }
  }

  return {
    /**
     * Stores many observations in one transaction: all or nothing. A row equal to
     * a stored one (same key and value) is left as it is, so re-sending an import
     * creates no duplicates; a row whose key exists with another value is a conflict
     * and nothing is written.
     */
    async importObservations(
      observations: readonly NewObservation[],
      actor: Actor,
      options: ImportOptions = {},
    ): Promise<ImportOutcome> {
      const ids: string[] = [];
      const { onProgress, ...rest } = options;
      const outcome = await importBatches(
        inBatches(observations),
        actor,
        onProgress
          ? { ...rest, onProgress: (done) => onProgress(done, observations.length) }
          : rest,
        (batchIds) => {
          for (const id of batchIds) ids.push(id);
        },
      );
      return { ...outcome, ids: options.dryRun ? [] : ids };
    },

    /**
     * `importObservations` for an import too large to hold at once: the
     * observations come as batches (from a generator, say), are written as they
     * come, and the outcome gives the counts only. Same rules, one transaction.
     */
    importObservationBatches(
      batches: Iterable<readonly NewObservation[]> | AsyncIterable<readonly NewObservation[]>,
      actor: Actor,
      options: BatchImportOptions = {},
    ): Promise<BatchImportOutcome> {
      return importBatches(batches, actor, options);
    },
  };
}
