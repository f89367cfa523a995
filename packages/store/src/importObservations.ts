import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import { bumpDataVersion } from './_lib/bumpDataVersion.js';
import { DEFAULT_PLAN_ID, toRow } from './_lib/observationRow.js';
import type { SqliteImportThread } from './_lib/sqliteImportThread.js';
import { rowValues, sqliteRowInserter } from './_lib/sqliteRowInserter.js';
import type { StoreContext } from './_lib/storeContext.js';
import { ConflictError } from './conflictError.js';
import type { Database, ObservationRow } from './database.js';
import type { OpenDatabase } from './openDatabase.js';
import type { Actor, ImportOutcome, NewObservation, WriteApproval } from './store.types.js';

/**
 * Rows per batch: a statement's worth on PostgreSQL, well under SQLite's limit
 * of bound variables, and a few milliseconds of work between two turns of the event loop.
 */
const BATCH = 250;

/** Lets the event loop answer other requests between batches of a long import. */
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export type BatchImportOptions = WriteApproval & {
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
    {
      zh: `指标“${observation.indicatorId}”在 ${observation.region} ${observation.date} 来源“${observation.source}”已录有另一数值，请用 PATCH 更正`,
      en: `"${observation.indicatorId}" for ${observation.region} on ${observation.date} from "${observation.source}" is already recorded with another value; correct it with PATCH`,
    },
    '',
  );
}

async function* inBatches(observations: readonly NewObservation[]) {
  for (let start = 0; start < observations.length; start += BATCH)
    yield observations.slice(start, start + BATCH);
}

/** A batch's rows, each as the row it would be, its observation and its value as JSON. */
type Candidate = { observation: NewObservation; row: ObservationRow };

/**
 * Writes one batch's new rows and says which were written: the rest are keys
 * already recorded, compared by the caller. Every row's key is distinct within
 * the batch.
 */
type WriteBatch = (
  trx: Transaction<Database>,
  planId: string,
  candidates: Candidate[],
) => Promise<{ written: Candidate[]; recorded: (string | undefined)[] }>;

/**
 * On SQLite: each key looked up in the natural key's index first (a prepared
 * statement on the handle under Kysely), then the new rows inserted the same way.
 */
function sqliteWriter(sqlite: NonNullable<OpenDatabase['sqlite']>): WriteBatch {
  const lookUp = sqliteLookUp(sqlite);
  const insert = sqliteRowInserter(sqlite);
  return async (trx, planId, candidates) => {
    const stored = await lookUp(
      trx,
      planId,
      candidates.map((candidate) => candidate.observation),
    );
    const written = candidates.filter((_, index) => stored[index] === undefined);
    insert(written.map((candidate) => candidate.row));
    return { written, recorded: stored };
  };
}

/**
 * On PostgreSQL: one INSERT … ON CONFLICT DO NOTHING per batch, which finds an
 * existing key through the unique index whatever the table's statistics say
 * (a long import makes them stale); only keys that were already there are read back.
 */
const postgresWriter: WriteBatch = async (trx, planId, candidates) => {
  if (candidates.length === 0) return { written: [], recorded: [] };
  const inserted = await trx
    .insertInto('observations')
    .values(candidates.map((candidate) => candidate.row))
    .onConflict((conflict) =>
      conflict.columns(['plan_id', 'indicator_id', 'region', 'period_date', 'source']).doNothing(),
    )
    .returning('id')
    .execute();
  const ids = new Set(inserted.map((row) => row.id));
  const written = candidates.filter((candidate) => ids.has(candidate.row.id));
  const recorded: (string | undefined)[] = candidates.map(() => undefined);
  const already = candidates.flatMap((candidate, index) =>
    ids.has(candidate.row.id) ? [] : [index],
  );
  if (already.length > 0) {
    const values = await postgresLookUp(
      trx,
      planId,
      already.map((index) => (candidates[index] as Candidate).observation),
    );
    already.forEach((index, at) => {
      recorded[index] = values[at];
    });
  }
  return { written, recorded };
};

/**
 * Bulk imports: many observations in one transaction, all or nothing. On SQLite
 * the rows go through prepared statements on the handle under Kysely (`sqlite`).
 */
/** What an import writes through: its batches, and the count of the write in the data version. */
type WriteSession = {
  writeBatch: (planId: string, candidates: Candidate[]) => ReturnType<WriteBatch>;
  countWrite: () => Promise<void>;
};

export function createObservationImport(
  { db, now }: StoreContext,
  sqlite: OpenDatabase['sqlite'],
  importThread?: SqliteImportThread,
) {
  const writeBatch = sqlite ? sqliteWriter(sqlite) : postgresWriter;

  /**
   * Runs an import in one transaction: on the import thread for a SQLite file (its COMMIT
   * of a million rows would hold the event loop half a second), else on the connection.
   * Whatever `work` throws rolls the whole import back.
   */
  async function inOneTransaction<T>(work: (session: WriteSession) => Promise<T>): Promise<T> {
    if (!importThread) {
      return db.transaction().execute((trx) =>
        work({
          writeBatch: (planId, candidates) => writeBatch(trx, planId, candidates),
          countWrite: () => bumpDataVersion(trx),
        }),
      );
    }
    // Kysely's connection is held throughout, so this process's other queries wait for the
    // import as they would for a transaction on it, and never meet the thread's write lock.
    return db.connection().execute(async () => {
      const session = await importThread.begin();
      let counted = false;
      try {
        const result = await work({
          async writeBatch(_planId, candidates) {
            const recorded = await session.writeBatch(
              candidates.map((candidate) => rowValues(candidate.row)),
            );
            return {
              written: candidates.filter((_, index) => recorded[index] === null),
              recorded: recorded.map((value) => value ?? undefined),
            };
          },
          async countWrite() {
            counted = true;
          },
        });
        await session.end(true, counted);
        return result;
      } catch (error) {
        await session.end(false, false).catch(() => undefined);
        throw error;
      }
    });
  }

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
      return await inOneTransaction(async (session) => {
        const at = now();
        let created = 0;
        let unchanged = 0;
        for await (const incoming of batches) {
          for (let start = 0; start < incoming.length; start += BATCH) {
            const batch = incoming.length > BATCH ? incoming.slice(start, start + BATCH) : incoming;
            // A key twice within the batch: the same value is left alone, another is a conflict.
            const inBatch = new Map<string, string>();
            const candidates: Candidate[] = [];
            for (const observation of batch) {
              const valueJson = JSON.stringify(observation.value);
              const key = keyText(
                observation.indicatorId,
                observation.region,
                observation.date,
                observation.source,
              );
              const earlier = inBatch.get(key);
              if (earlier !== undefined) {
                if (earlier !== valueJson) throw conflict(observation);
                unchanged++;
                continue;
              }
              inBatch.set(key, valueJson);
              const row = toRow(
                observation,
                randomUUID(),
                at,
                actor,
                options.reason ?? 'import',
                valueJson,
                planId,
                options.approval,
              );
              candidates.push({ observation, row });
            }
            const { written, recorded } = await session.writeBatch(planId, candidates);
            const writtenIds = new Set(written.map((candidate) => candidate.row.id));
            candidates.forEach((candidate, index) => {
              if (writtenIds.has(candidate.row.id)) return;
              const stored = recorded[index];
              // Never dropped in silence: a row neither written nor found stops the import.
              if (stored === undefined)
                throw new Error(
                  `the row of "${candidate.observation.indicatorId}" for ${candidate.observation.region} on ${candidate.observation.date} was neither written nor found recorded`,
                );
              if (stored !== candidate.row.value_json) throw conflict(candidate.observation);
              unchanged++;
            });
            created += written.length;
            onInserted?.(written.map((candidate) => candidate.row.id));
            options.onProgress?.(created + unchanged);
            await yieldToLoop();
          }
        }
        if (created > 0) await session.countWrite();
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
