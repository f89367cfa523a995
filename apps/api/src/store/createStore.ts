import { randomUUID } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import {
  DEMO_SOURCE,
  type Observation,
  type ObservationInput,
  type ObservationValue,
  type Revision,
} from '../domain/observation.js';
import type { Database, Dialect, ObservationRow, TokenRow } from './database.js';
import { migrateToLatest } from './migrations.js';
import { type DatabaseTarget, type OpenDatabase, openDatabase } from './openDatabase.js';

export type Actor = { name: string };

export type ObservationFilter = {
  indicatorId?: string | undefined;
  region?: string | undefined;
  source?: string | undefined;
  /** Include illustrative demo figures (示例数据). Default false: official figures only. */
  includeIllustrative?: boolean | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

/** A row ready to store: input already checked against its indicator. */
export type NewObservation = Omit<ObservationInput, 'year' | 'date' | 'region' | 'source'> & {
  region: string;
  source: string;
  date: string;
  year: number;
  period: 'year' | 'date';
  note?: string | null | undefined;
};

export type ImportOutcome = { created: number; unchanged: number; ids: string[] };

export class ConflictError extends Error {
  constructor(
    message: string,
    readonly existingId: string,
  ) {
    super(message);
  }
}

class DryRunRollback extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super('dry run: rolled back');
  }
}

export type UpdateResult =
  | { status: 'ok'; observation: Observation }
  | { status: 'not_found' }
  | { status: 'stale'; current: Observation };

const toRow = (
  observation: NewObservation,
  id: string,
  at: string,
  actor: Actor,
  reason: string | null = null,
  valueJson: string = JSON.stringify(observation.value),
): ObservationRow => ({
  id,
  indicator_id: observation.indicatorId,
  region: observation.region,
  period_date: observation.date,
  period_year: observation.year,
  period_kind: observation.period,
  value_json: valueJson,
  source: observation.source,
  illustrative: observation.source === DEMO_SOURCE ? 1 : 0,
  note: observation.note ?? null,
  created_reason: reason,
  version: 1,
  created_at: at,
  created_by: actor.name,
  updated_at: at,
  updated_by: actor.name,
});

export function fromRow(row: ObservationRow): Observation {
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    region: row.region,
    year: Number(row.period_year),
    date: row.period_date,
    period: row.period_kind,
    value: JSON.parse(row.value_json) as ObservationValue,
    source: row.source,
    illustrative: Number(row.illustrative) === 1,
    note: row.note,
    createdReason: row.created_reason,
    version: Number(row.version),
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** Rows per INSERT statement in bulk writes: well under SQLite's limit of bound variables. */
const BATCH = 500;

/**
 * The store behind the API and the CLI: observations with their full history,
 * tokens, idempotency keys. Every write runs in one transaction and bumps the
 * data version, which read caches and ETags are keyed on.
 */
export function createStore(open: OpenDatabase, clock: () => Date = () => new Date()) {
  const { db, dialect } = open;
  const now = () => clock().toISOString();
  const insertSqliteRows = open.sqlite ? sqliteRowInserter(open.sqlite) : undefined;

  async function bumpVersion(trx: Transaction<Database>) {
    await trx
      .updateTable('store_meta')
      .set({ value: sql`value + 1` })
      .where('key', '=', 'data_version')
      .execute();
  }

  async function addRevision(
    trx: Transaction<Database>,
    observationId: string,
    action: 'update' | 'delete',
    actor: Actor,
    old: Observation | null,
    next: Observation | null,
    reason: string | null,
    at: string,
  ) {
    const last = await trx
      .selectFrom('observation_revisions')
      .select(({ fn }) => fn.max('revision').as('latest'))
      .where('observation_id', '=', observationId)
      .executeTakeFirst();
    await trx
      .insertInto('observation_revisions')
      .values({
        id: randomUUID(),
        observation_id: observationId,
        // Revision 1 is the creation, kept on the row itself; changes count from 2.
        revision: Number(last?.latest ?? 1) + 1,
        action,
        actor: actor.name,
        at,
        old_json: old ? JSON.stringify(old) : null,
        new_json: next ? JSON.stringify(next) : null,
        reason,
      })
      .execute();
  }

  /** The stored observation, if it is still at the version the caller read. */
  async function currentAt(
    trx: Transaction<Database>,
    id: string,
    expectedVersion: number,
  ): Promise<UpdateResult> {
    const row = await trx
      .selectFrom('observations')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return { status: 'not_found' };
    const current = fromRow(row);
    if (current.version !== expectedVersion) return { status: 'stale', current };
    return { status: 'ok', observation: current };
  }

  async function findByNaturalKey(trx: Kysely<Database>, observation: NewObservation) {
    return trx
      .selectFrom('observations')
      .selectAll()
      .where('indicator_id', '=', observation.indicatorId)
      .where('region', '=', observation.region)
      .where('period_date', '=', observation.date)
      .where('source', '=', observation.source)
      .executeTakeFirst();
  }

  return {
    dialect,
    db,
    describe: open.describe,

    migrate: () => migrateToLatest(db as Kysely<unknown>),

    async dataVersion(): Promise<number> {
      const row = await db
        .selectFrom('store_meta')
        .select('value')
        .where('key', '=', 'data_version')
        .executeTakeFirstOrThrow();
      return Number(row.value);
    },

    async countObservations(): Promise<number> {
      const row = await db
        .selectFrom('observations')
        .select(({ fn }) => fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    async listObservations(filter: ObservationFilter = {}): Promise<Observation[]> {
      let query = db.selectFrom('observations').selectAll();
      if (filter.indicatorId) query = query.where('indicator_id', '=', filter.indicatorId);
      if (filter.region) query = query.where('region', '=', filter.region);
      if (filter.source) query = query.where('source', '=', filter.source);
      if (!filter.includeIllustrative) query = query.where('illustrative', '=', 0);
      if (filter.from) query = query.where('period_date', '>=', filter.from);
      if (filter.to) query = query.where('period_date', '<=', filter.to);
      const rows = await query
        .orderBy('indicator_id')
        .orderBy('region')
        .orderBy('period_date')
        .orderBy('source')
        .execute();
      return rows.map(fromRow);
    },

    async getObservation(id: string): Promise<Observation | undefined> {
      const row = await db
        .selectFrom('observations')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },

    async history(id: string): Promise<Revision[]> {
      const rows = await db
        .selectFrom('observation_revisions')
        .selectAll()
        .where('observation_id', '=', id)
        .orderBy('revision')
        .execute();
      const changes: Revision[] = rows.map((row) => ({
        revision: Number(row.revision),
        action: row.action,
        actor: row.actor,
        at: row.at,
        old: row.old_json ? (JSON.parse(row.old_json) as Observation) : null,
        new: row.new_json ? (JSON.parse(row.new_json) as Observation) : null,
        reason: row.reason,
      }));
      // The created state is the first change's `old` side, or the row as it still is.
      const current = await db
        .selectFrom('observations')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      const created = changes[0]?.old ?? (current ? fromRow(current) : undefined);
      if (!created) return [];
      const first: Observation = {
        ...created,
        version: 1,
        updatedAt: created.createdAt,
        updatedBy: created.createdBy,
      };
      return [
        {
          revision: 1,
          action: 'create',
          actor: created.createdBy,
          at: created.createdAt,
          old: null,
          new: first,
          reason: created.createdReason,
        },
        ...changes,
      ];
    },

    /** Records one observation; a second one with the same indicator, region, date and source is a conflict. */
    async createObservation(
      observation: NewObservation,
      actor: Actor,
      reason: string | null = null,
    ) {
      return db.transaction().execute(async (trx) => {
        const existing = await findByNaturalKey(trx, observation);
        if (existing) {
          throw new ConflictError(
            `an observation of "${observation.indicatorId}" for ${observation.region} on ${observation.date} from source "${observation.source}" already exists (${existing.id}); correct it with PATCH`,
            existing.id,
          );
        }
        const row = toRow(observation, randomUUID(), now(), actor, reason);
        await trx.insertInto('observations').values(row).execute();
        await bumpVersion(trx);
        return fromRow(row);
      });
    },

    /** Changes an observation if it is still at `expectedVersion`; a stale version changes nothing. */
    async updateObservation(
      id: string,
      expectedVersion: number,
      change: {
        value?: ObservationValue | undefined;
        note?: string | null | undefined;
        source?: string | undefined;
      },
      actor: Actor,
      reason: string | null,
    ): Promise<UpdateResult> {
      return db.transaction().execute(async (trx) => {
        const found = await currentAt(trx, id, expectedVersion);
        if (found.status !== 'ok') return found;
        const current = found.observation;
        const at = now();
        const source = change.source ?? current.source;
        const next: Observation = {
          ...current,
          value: change.value ?? current.value,
          note: change.note === undefined ? current.note : change.note,
          source,
          illustrative: source === DEMO_SOURCE,
          version: current.version + 1,
          updatedAt: at,
          updatedBy: actor.name,
        };
        // The version in the WHERE clause makes the check and the write one step: a concurrent writer cannot slip between.
        const result = await trx
          .updateTable('observations')
          .set({
            value_json: JSON.stringify(next.value),
            note: next.note,
            source: next.source,
            illustrative: next.illustrative ? 1 : 0,
            version: next.version,
            updated_at: at,
            updated_by: actor.name,
          })
          .where('id', '=', id)
          .where('version', '=', expectedVersion)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) {
          const latest = await trx
            .selectFrom('observations')
            .selectAll()
            .where('id', '=', id)
            .executeTakeFirst();
          return latest
            ? ({ status: 'stale', current: fromRow(latest) } as const)
            : ({ status: 'not_found' } as const);
        }
        await addRevision(trx, id, 'update', actor, current, next, reason, at);
        await bumpVersion(trx);
        return { status: 'ok', observation: next } as const;
      });
    },

    /** Deletes an observation at `expectedVersion`; its history keeps the deleted value. */
    async deleteObservation(
      id: string,
      expectedVersion: number,
      actor: Actor,
      reason: string | null,
    ): Promise<UpdateResult> {
      return db.transaction().execute(async (trx) => {
        const found = await currentAt(trx, id, expectedVersion);
        if (found.status !== 'ok') return found;
        const current = found.observation;
        const result = await trx
          .deleteFrom('observations')
          .where('id', '=', id)
          .where('version', '=', expectedVersion)
          .executeTakeFirst();
        if (Number(result.numDeletedRows) !== 1) return { status: 'stale', current } as const;
        await addRevision(trx, id, 'delete', actor, current, null, reason, now());
        await bumpVersion(trx);
        return { status: 'ok', observation: current } as const;
      });
    },

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
          if (fresh.length > 0) await bumpVersion(trx);
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

    /** Removes every illustrative (demo) observation, keeping their history. */
    async deleteIllustrative(actor: Actor): Promise<number> {
      return db.transaction().execute(async (trx) => {
        const rows = await trx
          .selectFrom('observations')
          .selectAll()
          .where('illustrative', '=', 1)
          .execute();
        const at = now();
        for (const row of rows) {
          await addRevision(
            trx,
            row.id,
            'delete',
            actor,
            fromRow(row),
            null,
            'demo data removed',
            at,
          );
        }
        await trx.deleteFrom('observations').where('illustrative', '=', 1).execute();
        if (rows.length > 0) await bumpVersion(trx);
        return rows.length;
      });
    },

    async idempotent<T>(
      key: string,
      requestHash: string,
      run: () => Promise<T>,
    ): Promise<{ replay: boolean; response: T }> {
      const stored = await db
        .selectFrom('idempotency_keys')
        .selectAll()
        .where('key', '=', key)
        .executeTakeFirst();
      if (stored) {
        if (stored.request_hash !== requestHash) {
          throw new ConflictError(
            `Idempotency-Key "${key}" was already used with a different request`,
            '',
          );
        }
        return { replay: true, response: JSON.parse(stored.response_json) as T };
      }
      const response = await run();
      await db
        .insertInto('idempotency_keys')
        .values({
          key,
          request_hash: requestHash,
          created_at: now(),
          response_json: JSON.stringify(response),
        })
        .onConflict((conflict) => conflict.column('key').doNothing())
        .execute();
      return { replay: false, response };
    },

    tokens: {
      async create(row: Omit<TokenRow, 'created_at' | 'revoked_at'>): Promise<TokenRow> {
        const stored: TokenRow = { ...row, created_at: now(), revoked_at: null };
        await db.insertInto('tokens').values(stored).execute();
        return stored;
      },
      async findByHash(hash: string): Promise<TokenRow | undefined> {
        return db
          .selectFrom('tokens')
          .selectAll()
          .where('token_hash', '=', hash)
          .executeTakeFirst();
      },
      async list(): Promise<TokenRow[]> {
        return db.selectFrom('tokens').selectAll().orderBy('created_at').execute();
      },
      async revoke(id: string): Promise<TokenRow | undefined> {
        await db
          .updateTable('tokens')
          .set({ revoked_at: now() })
          .where('id', '=', id)
          .where('revoked_at', 'is', null)
          .execute();
        return db.selectFrom('tokens').selectAll().where('id', '=', id).executeTakeFirst();
      },
    },

    close: () => db.destroy(),
  };
}

export type Store = ReturnType<typeof createStore>;

const OBSERVATION_COLUMNS = [
  'id',
  'indicator_id',
  'region',
  'period_date',
  'period_year',
  'period_kind',
  'value_json',
  'source',
  'illustrative',
  'note',
  'created_reason',
  'version',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
] as const satisfies readonly (keyof ObservationRow)[];

/**
 * Bulk inserts on SQLite through one prepared statement on the handle under
 * Kysely. It must only run inside a Kysely transaction: Kysely's SQLite driver
 * holds its single connection for the transaction, so nothing else interleaves,
 * and the rows commit or roll back with it. A million-row import runs at about
 * the speed of a plain insert loop this way (apps/api/bench/import.bench.ts).
 */
function sqliteRowInserter(sqlite: NonNullable<OpenDatabase['sqlite']>) {
  // Prepared on first use: the table exists only once the migrations have run.
  let statement: ReturnType<typeof sqlite.prepare> | undefined;
  return (rows: ObservationRow[]) => {
    statement ??= sqlite.prepare(
      `insert into observations (${OBSERVATION_COLUMNS.join(', ')}) values (${OBSERVATION_COLUMNS.map(() => '?').join(', ')})`,
    );
    for (const row of rows) {
      // Written out rather than mapped over OBSERVATION_COLUMNS: this runs once per imported row.
      statement.run([
        row.id,
        row.indicator_id,
        row.region,
        row.period_date,
        row.period_year,
        row.period_kind,
        row.value_json,
        row.source,
        row.illustrative,
        row.note,
        row.created_reason,
        row.version,
        row.created_at,
        row.created_by,
        row.updated_at,
        row.updated_by,
      ]);
    }
  };
}

function naturalKey(indicatorId: string, region: string, date: string, source: string) {
  return `${indicatorId}\u0000${region}\u0000${date}\u0000${source}`;
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

/** Opens the database named by `DATABASE_URL` (or the default SQLite file) and migrates it. */
export async function openStore(target: DatabaseTarget, clock?: () => Date): Promise<Store> {
  const store = createStore(openDatabase(target), clock);
  await store.migrate();
  return store;
}

export type { Dialect };
